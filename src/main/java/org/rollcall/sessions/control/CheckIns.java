package org.rollcall.sessions.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.SessionState;

/**
 * Answers every signed-in request's question: is my row alive, and as whom?
 * <p>
 * Deliberately outside any transaction: the answer is one statement (row and account together) on a connection
 * in auto-commit, so against a database server across the network a request costs one round trip instead of
 * three (begin with the read, the read, commit). Nothing is lost by it: the read is a single consistent
 * statement, and the writes it may lead to (a touch once per activity slot; ending a row by age or a disabled
 * account) run in transactions of their own in {@link SessionRegistry}, which re-check under a lock or in their
 * {@code WHERE} what this read saw.
 */
@ApplicationScoped
public class CheckIns {

    @Inject
    SessionRegistry registry;

    @Inject
    Clock clock;

    @Inject
    RollcallSettings settings;

    private ActivityPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = ActivityPolicy.of(settings);
    }

    /**
     * Reads the row's state and its account's; writes only when it ended by age, its account was disabled, or a
     * touch is due.
     */
    public CheckIn checkIn(SessionTicket ticket) {
        Instant now = clock.instant();
        Optional<SessionState> found = registry.state(ticket.rowId());
        if (found.isEmpty()) { // swept after it expired, or deleted with its account
            return CheckIn.ended(registry.accountExists(ticket.accountId())
                    ? EndReason.EXPIRED : EndReason.ACCOUNT_DELETED);
        }
        SessionState state = found.get();
        if (state.ended()) {
            return CheckIn.ended(state.endReason());
        }
        if (!state.expiresAt().isAfter(now)) {
            return CheckIn.ended(EndReason.TIMED_OUT);
        }
        if (!state.accountEnabled()) {
            return endedNow(ticket, EndReason.ACCOUNT_DISABLED);
        }
        if (policy.lifetimeReached(state.loginAt(), now)) {
            return endedNow(ticket, EndReason.LIFETIME_REACHED);
        }
        if (policy.touchDue(state.lastActivity(), now)) {
            registry.touch(ticket.rowId());
        }
        return CheckIn.alive(state.username(), state.role(), state.passwordChangeRequired());
    }

    private CheckIn endedNow(SessionTicket ticket, EndReason reason) {
        registry.end(ticket.rowId(), reason);
        return CheckIn.ended(reason);
    }
}
