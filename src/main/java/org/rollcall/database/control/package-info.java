/**
 * Where the data lives and the shape it has: the datasource the settings choose (embedded Derby, PostgreSQL,
 * MariaDB or a server-defined one), the versioned migrations that make and upgrade the schema, and waiting for
 * the database at start. Kept apart so that nothing else in Rollcall knows which database it runs on.
 */
package org.rollcall.database.control;
