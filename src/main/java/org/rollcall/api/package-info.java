/**
 * Rollcall for scripts and monitoring: a REST API under {@code /api/v1} (live sessions, usage, limits), the API
 * tokens that scripts sign in with, Prometheus metrics and health checks for load balancers. Hosting providers
 * run many sites and script them; nothing here is reachable only through the pages, and nothing here bypasses a
 * rule the pages keep.
 */
package org.rollcall.api;
