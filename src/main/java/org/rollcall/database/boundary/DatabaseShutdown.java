package org.rollcall.database.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.rollcall.database.control.EmbeddedDerby;

/**
 * Releases the embedded database when the application stops, so an undeploy followed by a deploy (or a WildFly
 * redeployment of a changed WAR) finds it free. The servers' own datasource clean-up doesn't: they close the
 * pool's connections, but an embedded Derby keeps the database booted and locked until it is told to stop.
 */
@WebListener
public class DatabaseShutdown implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        EmbeddedDerby.shutDownBooted();
    }
}
