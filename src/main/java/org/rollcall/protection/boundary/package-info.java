/**
 * The filters, listeners and the Faces exception handler that apply the protections to every request.
 */
package org.rollcall.protection.boundary;
