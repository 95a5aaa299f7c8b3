package org.rollcall.activity.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.platform.control.FirstRow;

/**
 * The id of the account a name belongs to, in any case. Here rather than through the accounts' repository, which
 * records its changes in the activity log and so depends on this package.
 */
final class AccountIds {

    private AccountIds() {
    }

    static Optional<Long> of(EntityManager em, String username) {
        return FirstRow.of(em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                        .setParameter("key", Account.keyOf(username)))
                .map(Account::getId);
    }
}
