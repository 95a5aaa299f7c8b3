package org.rollcall.accounts.boundary;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Who signed in on this HTTP session, with the groups their roles come from: all the authentication mechanism
 * needs to vouch for the caller again on each request, without asking the container to remember anything.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        Objects.requireNonNull(name, "a caller name is required");
        groups = Set.copyOf(groups);
    }
}
