package org.rollcall.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.entity.EndReason;

/**
 * Ends sessions for managers and for their owners. The rules are in the queries: a session already ended
 * stays as it was, the caller's own current session ({@code keep}) is never ended from here, and an owner's
 * query matches only rows of that owner, whatever id was posted. Callers check the role.
 */
@ApplicationScoped
@Transactional
public class SessionEnding {

    @Inject
    AccountRepository accounts;

    @Inject
    SessionRegistry registry;

    /** A manager ends the given sessions; returns how many it ended. */
    public int endByManager(Collection<String> ids, String keep, String manager) {
        return registry.endEach(ids.stream().filter(id -> !id.equals(keep)).distinct().toList(),
                EndReason.ENDED_BY_MANAGER, manager);
    }

    /** A manager ends every session of one user. */
    public int endAllOfUser(String username, String keep, String manager) {
        return accounts.findByUsername(username)
                .map(account -> registry.endAllOf(account, EndReason.ENDED_BY_MANAGER, keep, manager))
                .orElse(0);
    }

    /** A user signs out one of their other sessions; false if it isn't theirs, is this one, or already ended. */
    public boolean endOwn(String owner, String id, String current) {
        return registry.endOwn(id, accounts.findByUsername(owner).orElseThrow(), current);
    }

    /** A user signs out all their sessions but this one. */
    public int endAllOtherOwn(String owner, String current) {
        return registry.endAllOf(accounts.findByUsername(owner).orElseThrow(), EndReason.ENDED_BY_OWNER, current);
    }
}
