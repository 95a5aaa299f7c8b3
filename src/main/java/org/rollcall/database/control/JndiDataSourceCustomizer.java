package org.rollcall.database.control;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Points EclipseLink at the server's datasource when {@code ROLLCALL_DB_JNDI} names one, for writes (JTA) and
 * reads (non-JTA) alike: setting only the JTA datasource leaves EclipseLink reading from the built-in one.
 * <p>
 * EclipseLink calls it before it first connects, so the migrations run here, on the server's datasource.
 * Named in {@code persistence.xml}; a server with another JPA provider never loads it.
 */
public class JndiDataSourceCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseTarget target = DatabaseTarget.of(RollcallSettings.fromEnvironment());
        if (target.kind() != DatabaseTarget.Kind.JNDI) {
            return;
        }
        DataSource dataSource = DatabaseStartup.awaitSchema(() -> InitialContext.doLookup(target.location()),
                target.describe());
        DatasourceLogin login = (DatasourceLogin) session.getDatasourceLogin();
        login.setConnector(new JNDIConnector(dataSource));
        if (session instanceof ServerSession server) {
            DatasourceLogin readLogin = (DatasourceLogin) login.clone();
            readLogin.dontUseExternalTransactionController();
            readLogin.setConnector(new JNDIConnector(dataSource));
            server.setReadConnectionPool(readLogin);
        }
    }
}
