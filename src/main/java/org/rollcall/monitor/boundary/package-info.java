/**
 * The Active sessions and My sessions pages: their beans and the lazy data model behind their tables.
 */
package org.rollcall.monitor.boundary;
