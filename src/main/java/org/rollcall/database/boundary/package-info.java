/**
 * Where the application's life cycle meets the database: what has to happen to it when Rollcall is undeployed.
 */
package org.rollcall.database.boundary;
