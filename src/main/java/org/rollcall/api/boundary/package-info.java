/**
 * The HTTP face of the API: Jakarta REST resources under {@code /api/v1}, errors as problem details
 * (RFC 9457), the OpenAPI document, and the page where managers issue and revoke tokens. Every resource that acts
 * checks the manager role itself; the authentication mechanism decides who a bearer token is.
 */
package org.rollcall.api.boundary;
