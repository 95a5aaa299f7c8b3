package org.rollcall.monitor.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import ua_parser.CachingParser;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Parses user agents with ua-parser's maintained regexes rather than hand-written ones. Loading them takes a
 * moment, so there is one parser, with a cache of recent agents; the agents are already cut to 512
 * characters when stored, which bounds the work a hostile one can cause.
 */
@ApplicationScoped
public class DeviceParser {

    private static final Logger LOG = Logger.getLogger(DeviceParser.class.getName());
    private static final String OTHER = "Other";

    private Parser parser;

    @PostConstruct
    void load() {
        parser = new CachingParser(2_000);
    }

    public Device parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Device.UNKNOWN;
        }
        try {
            Client client = parser.parse(userAgent);
            return new Device(
                    version(client.userAgent.family, client.userAgent.major, client.userAgent.minor),
                    version(client.os.family, client.os.major, client.os.minor),
                    OTHER.equals(client.device.family) ? Device.COMPUTER : client.device.family);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not parse a user agent: {0}", e.getMessage());
            return Device.UNKNOWN;
        }
    }

    private static String version(String family, String major, String minor) {
        if (family == null || OTHER.equals(family)) {
            return Device.UNKNOWN_PART;
        }
        if (major == null) {
            return family;
        }
        return minor == null ? family + " " + major : family + " " + major + "." + minor;
    }
}
