package org.rollcall.language.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rollcall.accounts.entity.Account;

/** Keeps the language a person picked on their account, so it follows them to every browser they sign in from. */
@ApplicationScoped
@Transactional
public class PreferredLanguages {

    @PersistenceContext
    EntityManager em;

    /** One UPDATE by the name's key: a pick never touches the rest of the account (a manager may be editing it). */
    public void prefer(String username, SupportedLanguage language) {
        em.createNamedQuery(Account.PREFER_LANGUAGE)
                .setParameter("language", language.tag())
                .setParameter("key", Account.keyOf(username))
                .executeUpdate();
    }
}
