/** The languages Rollcall speaks, and the one each account picked. */
package org.rollcall.language.control;
