/**
 * An Arquillian container for a GlassFish unpacked by the build: Maven Central has no GlassFish 7 adapter, and
 * GlassFish's own {@code asadmin} is all a container needs. It lives apart from the test support classes so the
 * deployments (which carry {@code org.rollcall.testing}) don't carry it.
 */
package org.rollcall.testing.glassfish;
