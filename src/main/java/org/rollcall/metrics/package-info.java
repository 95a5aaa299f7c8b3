/**
 * Rollcall's figures for Prometheus: how many sessions are live and dangling against the limit (site-wide, the
 * same on every node), and what this node did (sign-ins, refusals by reason, sweeps, the time each request's
 * session check takes). Micrometer keeps them and writes the text format; the API serves them.
 */
package org.rollcall.metrics;
