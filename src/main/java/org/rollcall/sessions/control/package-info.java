/**
 * Opening, checking, touching, ending and sweeping session rows, with the write budget and expiry rules that
 * keep "active" an indexed range query.
 */
package org.rollcall.sessions.control;
