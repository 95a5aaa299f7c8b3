package org.rollcall.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.control.RollcallSettings;

/**
 * The name of this server node, written on each row it opens.
 * <p>
 * Unless {@code ROLLCALL_NODE} names it, it is host name and HTTP port, so two servers on one host stay
 * apart. No portable API tells the port at start-up, so the name is settled by the first request; that is
 * also when the rows this node left open in its previous run are ended (before it can open any new one): they
 * carry its name, so no other node's rows are touched. With session replication on
 * ({@code ROLLCALL_SESSION_REPLICATION}) they are left alone, because their sessions may have failed over to
 * another node; they expire by idle time like any other.
 */
@ApplicationScoped
public class NodeIdentity {

    private static final Logger LOG = Logger.getLogger(NodeIdentity.class.getName());

    @Inject
    RollcallSettings settings;

    @Inject
    SessionRegistry registry;

    private volatile String name;

    /** The name, once the first request has settled it. */
    public Optional<String> known() {
        return Optional.ofNullable(name);
    }

    public String name(int localPort) {
        String known = name;
        return known != null ? known : settle(localPort);
    }

    private synchronized String settle(int localPort) {
        if (name != null) {
            return name;
        }
        String settled = settings.node().orElseGet(() -> hostName() + ":" + localPort);
        if (settings.sessionReplication()) {
            LOG.log(Level.INFO, "This node is ''{0}''. Sessions are replicated, so the rows it left open in its "
                    + "previous run stay: their sessions may live on at another node.", settled);
            name = settled;
            return settled;
        }
        try {
            int leftovers = registry.endLeftoversOf(settled);
            LOG.log(Level.INFO, "This node is ''{0}''; ended {1} session(s) left from its previous run.",
                    new Object[] {settled, leftovers});
            name = settled;
        } catch (RuntimeException e) { // the database is down: settle at a later request, leftovers first
            LOG.log(Level.WARNING, "This node is ''{0}''; its leftover sessions can''t be ended yet: {1}",
                    new Object[] {settled, e.toString()});
        }
        return settled;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
