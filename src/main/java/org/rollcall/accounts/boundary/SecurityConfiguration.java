package org.rollcall.accounts.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.rollcall.accounts.entity.Role;

/**
 * Form sign-in through a Faces page: unauthenticated requests for a protected page are redirected to
 * {@code /login.xhtml}, whose bean asks Jakarta Security to authenticate.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml",
        errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.USER_GROUP, Role.MANAGER_GROUP})
@ApplicationScoped
public class SecurityConfiguration {
}
