package org.rollcall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.5, 192.168.0.0/16, ::1");

    @Test
    void withoutTrustedProxiesTheConnectionsPeerIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.9", TrustedProxies.NONE.clientAddress("203.0.113.9", "198.51.100.1"));
        assertEquals("203.0.113.9", PROXIES.clientAddress("203.0.113.9", "198.51.100.1"),
                "an untrusted peer can't name another address");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("198.51.100.1", PROXIES.clientAddress("10.0.0.5", "198.51.100.1"));
        assertEquals("198.51.100.1", PROXIES.clientAddress("::1", "198.51.100.1"));
        assertEquals("10.0.0.5", PROXIES.clientAddress("10.0.0.5", null), "no header: the proxy itself");
    }

    @Test
    void theRightMostUntrustedHopIsTheClientSoAForgedPrefixIsIgnored() {
        assertEquals("198.51.100.1", PROXIES.clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.1, 192.168.4.4"));
    }

    @Test
    void garbageInTheChainFallsBackToThePeer() {
        assertEquals("10.0.0.5", PROXIES.clientAddress("10.0.0.5", "198.51.100.1, <script>"));
        assertEquals("10.0.0.5", PROXIES.clientAddress("10.0.0.5", "evil.example"));
        assertEquals("198.51.100.1", PROXIES.clientAddress("10.0.0.5", "<script>, 198.51.100.1"),
                "garbage left of the client was written by the client itself: ignored");
    }

    @Test
    void rangesMatchByPrefix() {
        assertTrue(PROXIES.trusts("192.168.200.1"));
        assertFalse(PROXIES.trusts("192.169.0.1"));
        assertTrue(TrustedProxies.parse("10.1.2.0/23").trusts("10.1.3.255"));
        assertFalse(TrustedProxies.parse("10.1.2.0/23").trusts("10.1.4.0"));
        assertFalse(PROXIES.trusts("::2"));
    }

    @Test
    void hostNamesAndBadRangesAreRefusedWithoutAskingDns() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("cafe.bad"));
        assertTrue(TrustedProxies.parse(" , ").isEmpty());
    }
}
