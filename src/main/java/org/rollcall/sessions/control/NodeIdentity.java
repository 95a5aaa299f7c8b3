package org.rollcall.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.control.RollcallSettings;

/**
 * The name of this server node, written on each row it opens.
 * <p>
 * Unless {@code ROLLCALL_NODE} names it, it is host name and HTTP port, so two servers on one host stay
 * apart. No portable API tells the port at start-up, so the name is settled by the first request; that is
 * also when the rows this node left open in its previous run are ended (before it can open any new one).
 */
@ApplicationScoped
public class NodeIdentity {

    private static final Logger LOG = Logger.getLogger(NodeIdentity.class.getName());

    @Inject
    RollcallSettings settings;

    @Inject
    SessionRegistry registry;

    private volatile String name;

    public String name(int localPort) {
        String known = name;
        return known != null ? known : settle(localPort);
    }

    private synchronized String settle(int localPort) {
        if (name == null) {
            String settled = settings.node().orElseGet(() -> hostName() + ":" + localPort);
            int leftovers = registry.endLeftoversOf(settled);
            LOG.log(Level.INFO, "This node is ''{0}''; ended {1} session(s) left from its previous run.",
                    new Object[] {settled, leftovers});
            name = settled;
        }
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
