package org.rollcall.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarding headers are believed. A client can write any {@code X-Forwarded-For}
 * it likes; only a hop that is one of these proxies gets to name the address before it. Without this, an
 * attacker would pick a new address for every guess and never be throttled, or blame someone else.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** Literal addresses only, so that parsing never asks DNS: dotted digits, or IPv6 with its colons. */
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Range(byte[] network, int prefixLength) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Reads {@code 10.0.0.5, 192.168.0.0/16, ::1}; throws on anything that isn't an address or a range. */
    static TrustedProxies parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : text.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            String[] parts = item.split("/", 2);
            byte[] network = address(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("'" + item + "' is not an IP address or range"));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("'" + item + "' has a prefix length out of range");
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        return address(address).map(bytes -> ranges.stream().anyMatch(r -> r.contains(bytes))).orElse(false);
    }

    /**
     * The client's address: the connection's peer, unless that peer is a trusted proxy; then the right-most
     * address in {@code X-Forwarded-For} that isn't a trusted proxy (each proxy appends the peer it saw, so
     * everything left of the first untrusted hop may be forged).
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !trusts(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (address(hop).isEmpty()) {
                return remoteAddress; // garbage in the chain: believe only what the connection says
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.get(0);
    }

    private static Optional<byte[]> address(String text) {
        String literal = text.strip();
        if (literal.length() > 45 || !IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
