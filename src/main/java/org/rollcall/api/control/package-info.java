/**
 * Issuing, checking and revoking API tokens, and the rules an API request is held to that the pages' forms
 * enforce by their widgets (paging bounds, sortable fields, a limits change read from JSON).
 */
package org.rollcall.api.control;
