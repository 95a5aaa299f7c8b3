/**
 * The database Rollcall runs on, chosen by settings and shaped by migrations; the other components only see JPA.
 */
package org.rollcall.database;
