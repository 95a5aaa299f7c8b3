/**
 * Where the language reaches pages: the view handler that picks a page's locale, the language menu, and the
 * cookie that keeps a pick in the browser (also before sign-in, on the sign-in page).
 */
package org.rollcall.language.boundary;
