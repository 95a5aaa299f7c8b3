package org.rollcall.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the site's limits row at start-up, so the first sign-ins find a row to lock, and makes the first
 * sign-in count: while this node was down, others may have run without a limit and opened sessions unbounded.
 */
@ApplicationScoped
public class LimitsBootstrap {

    private static final Logger LOG = Logger.getLogger(LimitsBootstrap.class.getName());

    @Inject
    SiteLock siteLock;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            siteLock.ensureExists();
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.INFO, "The limits row was created by another node: {0}", e.getMessage());
        }
        siteLock.forgetBound();
    }
}
