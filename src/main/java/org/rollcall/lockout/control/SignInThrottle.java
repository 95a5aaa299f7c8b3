package org.rollcall.lockout.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.lockout.entity.FailedSignIns;

/**
 * Brute-force protection for sign-in, asked <em>before</em> a password is hashed: a locked-out account name or
 * address is refused at the cost of two primary-key reads, so guessing neither gets answers nor burns the CPU.
 * <p>
 * Failures are counted once their password check has failed. Guesses sent in parallel can therefore all pass
 * the check before the first of them is counted (at most one per parallel client), but each of them then
 * doubles the lock-out, so a flood reaches the longest lock-out in one round. Counting attempts in advance
 * instead would lock out an office whose people sign in at nine o'clock through one address.
 * Unknown account names are counted like real ones, so the answers say nothing about which accounts exist.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final int TRIES = 3;

    @Inject
    FailureCounters counters;

    /** Refuses a sign-in whose account name or address is locked out; writes nothing. */
    public void check(String accountName, String address) throws SignInThrottled {
        Optional<Instant> lockedUntil = counters.lockedUntil(accountName, address);
        if (lockedUntil.isPresent()) {
            throw new SignInThrottled(lockedUntil.get());
        }
    }

    public void failed(String accountName, String address) {
        for (int attempt = 1;; attempt++) {
            try {
                counters.countFailure(accountName, address);
                return;
            } catch (PersistenceException | TransactionalException e) {
                // The first failure of a name on two nodes at once: one insert loses; the next try finds the row.
                if (attempt == TRIES) {
                    throw e;
                }
                LOG.log(Level.FINE, "Counting a failed sign-in again after: {0}", e.toString());
            }
        }
    }

    public void succeeded(String accountName) {
        counters.forgive(accountName);
    }

    public List<FailedSignIns> lockedNow(int max) {
        return counters.lockedNow(max);
    }

    public boolean lift(String id, String liftedBy) {
        boolean lifted = counters.lift(id);
        if (lifted) {
            LOG.log(Level.INFO, "Sign-in lock-out {0} lifted by {1}.", new Object[] {id, liftedBy});
        }
        return lifted;
    }

    /** Deletes counts nobody needs any more: the table holds only recent failures. */
    public int forgetStale() {
        return counters.forgetStale();
    }
}
