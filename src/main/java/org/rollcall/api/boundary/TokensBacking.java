package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rollcall.accounts.boundary.ManagerCheck;
import org.rollcall.api.control.ApiTokens;
import org.rollcall.api.control.TokenRefused;
import org.rollcall.api.entity.ApiToken;
import org.rollcall.platform.boundary.PageMessages;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.platform.boundary.TimeTexts;

/**
 * Site → API tokens: issue a named token (its text is shown once, in the answer to the form that made it, and
 * never again: only its hash is kept), see when each was last used, revoke one. The URL is for managers
 * ({@code web.xml}); each action checks the role again itself.
 */
@Named("apiTokens")
@RequestScoped
public class TokensBacking {

    /** The expiries offered, in days; 0 for a token that doesn't expire. */
    static final List<Integer> EXPIRIES = List.of(30, 90, 365, 0);

    /** The request parameter of a revoke button: the token's id. */
    static final String TOKEN_ID = "tokenId";

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ManagerCheck managerCheck;

    @Inject
    Texts texts;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    @Inject
    TimeTexts time;

    private String name;
    private int expiresInDays = 90;
    private String issued;
    private List<ApiToken> all;

    public void issue() throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        Optional<Instant> expiry = expiresInDays <= 0 ? Optional.empty()
                : Optional.of(clock.instant().plus(Duration.ofDays(expiresInDays)));
        try {
            issued = tokens.issue(name, expiry, security.getCallerPrincipal().getName()).text();
            messages.info("tokens.issued", name.strip());
            name = null;
            all = null;
        } catch (TokenRefused refused) {
            faces.addMessage("tokens:name", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(refused.messageKey(), refused.arguments()), null));
            faces.validationFailed();
        }
    }

    /** Revokes the token whose id the button carried (a parameter, not the row's index in a list read again). */
    public void revoke() throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        String id = faces.getExternalContext().getRequestParameterMap().get(TOKEN_ID);
        Optional<ApiToken> token = Optional.ofNullable(id).flatMap(tokens::find);
        boolean revoked = token.isPresent() && tokens.revoke(id, security.getCallerPrincipal().getName());
        if (revoked) {
            messages.info("tokens.revoked", token.get().getName());
        } else {
            messages.warn("tokens.notFound");
        }
        all = null;
    }

    public List<ApiToken> getTokens() {
        if (all == null) {
            all = tokens.all();
        }
        return all;
    }

    /** "Usable", "Expired" or "Revoked", for the state column. */
    public String state(ApiToken token) {
        if (token.getRevokedAt().isPresent()) {
            return texts.get("tokens.state.revoked");
        }
        return texts.get(token.isUsableAt(clock.instant()) ? "tokens.state.usable" : "tokens.state.expired");
    }

    /** "by admin, 3 days ago". */
    public String issuedBy(ApiToken token) {
        return texts.get("tokens.issuedBy", token.getCreatedBy(), time.ago(token.getCreatedAt()));
    }

    public List<Integer> getExpiries() {
        return EXPIRIES;
    }

    public String expiryLabel(int days) {
        return days <= 0 ? texts.get("tokens.expiry.never") : texts.get("tokens.expiry.days", days);
    }

    public String getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(int expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
