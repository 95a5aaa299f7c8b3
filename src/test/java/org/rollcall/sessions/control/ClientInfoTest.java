package org.rollcall.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.rollcall.sessions.entity.UserSession;

class ClientInfoTest {

    @Test
    void anOverlongUserAgentIsCutToItsColumn() {
        ClientInfo client = new ClientInfo("203.0.113.7", "Mozilla/5.0 " + "x".repeat(10_000));

        assertEquals(UserSession.USER_AGENT_LENGTH, client.userAgent().length());
        assertEquals("Mozilla/5.0 x", client.userAgent().substring(0, 13));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("Evil Agent", new ClientInfo("203.0.113.7", "Evil\r\n\u0000 Agent").userAgent());
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String emoji = "\uD83D\uDE00";
        String agent = "a".repeat(UserSession.USER_AGENT_LENGTH - 1) + emoji;

        String stored = new ClientInfo(null, agent).userAgent();

        assertEquals(UserSession.USER_AGENT_LENGTH - 1, stored.length(), "the pair doesn't fit, so it is left out");
    }

    @Test
    void aMissingOrBlankUserAgentIsStoredAsNothing() {
        assertNull(new ClientInfo("203.0.113.7", null).userAgent());
        assertNull(new ClientInfo("203.0.113.7", " \t ").userAgent());
    }

    @Test
    void anIpv6AddressFits() {
        String ipv6 = "2001:0db8:85a3:0000:0000:8a2e:0370:7334";

        assertEquals(ipv6, new ClientInfo(ipv6, "x").ipAddress());
    }
}
