package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Sign-in through the company directory, with Jakarta Security's own LDAP identity store: Rollcall binds as
 * {@code ROLLCALL_LDAP_BIND_DN}, finds the person under {@code ROLLCALL_LDAP_USER_BASE}, binds as them with the
 * password they typed, and reads the {@code cn} of the groups under {@code ROLLCALL_LDAP_GROUP_BASE} that list
 * them as {@code member}.
 * <p>
 * The annotation's values are read from this bean's getters (Soteria evaluates them on each use), so the store
 * is configured by the same settings as everything else; without {@code ROLLCALL_LDAP_URL} it is used for
 * nothing at all. It runs after the local accounts ({@link #PRIORITY}), so local accounts keep working while
 * the directory is down. Getters never return null: the store would fail on it.
 */
@ApplicationScoped
@Named("rollcallDirectory")
@LdapIdentityStoreDefinition(
        url = "${rollcallDirectory.url}",
        bindDn = "${rollcallDirectory.bindDn}",
        bindDnPassword = "${rollcallDirectory.bindPassword}",
        callerSearchBase = "${rollcallDirectory.userBase}",
        callerSearchFilter = "${rollcallDirectory.userFilter}",
        callerNameAttribute = "${rollcallDirectory.usernameAttribute}",
        groupSearchBase = "${rollcallDirectory.groupBase}",
        groupSearchFilter = "(&(member=%s)(|(objectClass=groupOfNames)(objectClass=group)))",
        groupNameAttribute = "cn",
        priority = DirectoryIdentityStore.PRIORITY,
        useForExpression = "${rollcallDirectory.useFor}")
public class DirectoryIdentityStore {

    /** After the local accounts' {@link AccountIdentityStore#PRIORITY}: lower runs first. */
    public static final int PRIORITY = 20;

    @Inject
    RollcallSettings settings;

    public String getUrl() {
        return settings.ldapUrl().orElse("");
    }

    public String getBindDn() {
        return settings.ldapBindDn();
    }

    public String getBindPassword() {
        return settings.ldapBindPassword();
    }

    public String getUserBase() {
        return settings.ldapUserBase();
    }

    public String getUserFilter() {
        return settings.ldapUserFilter();
    }

    public String getUsernameAttribute() {
        return settings.ldapUsernameAttribute();
    }

    public String getGroupBase() {
        return settings.ldapGroupBase();
    }

    /** Checking passwords and naming groups with a directory URL; nothing at all without one. */
    public ValidationType[] getUseFor() {
        return settings.ldapUrl().isPresent()
                ? new ValidationType[] {ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS}
                : new ValidationType[0];
    }
}
