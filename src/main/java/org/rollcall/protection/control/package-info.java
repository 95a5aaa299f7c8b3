/**
 * The decisions behind the protections, free of the Servlet API so they can be tested alone.
 */
package org.rollcall.protection.control;
