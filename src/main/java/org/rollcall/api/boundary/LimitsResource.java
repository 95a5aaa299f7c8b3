package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.rollcall.api.control.InvalidRequest;
import org.rollcall.api.control.LimitsPatch;
import org.rollcall.limits.control.InvalidLimits;
import org.rollcall.limits.control.LimitRules;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.boundary.Texts;

/**
 * The site's limit settings, read and changed under the settings page's rules: never above the provider's cap,
 * each change recorded with who made it (the token's name) and from/to, under the site lock.
 */
@Path("limits")
@RequestScoped
@ManagersOnly
@Produces(MediaType.APPLICATION_JSON)
public class LimitsResource {

    @JsonbPropertyOrder({"sessionsLimit", "perUserLimit", "perUserMode", "danglingMinutes", "danglingMinutesDefault",
        "danglingPolicy", "providerCap", "limitInForce"})
    public record LimitsJson(Integer sessionsLimit, Integer perUserLimit, String perUserMode, long danglingMinutes,
            boolean danglingMinutesDefault, String danglingPolicy, Integer providerCap, Integer limitInForce) {
    }

    @Inject
    LimitSettings limitSettings;

    @Inject
    SecurityContext security;

    @Inject
    Texts texts;

    @GET
    public LimitsJson limits() {
        SiteLimits limits = limitSettings.current();
        return new LimitsJson(limits.sessionsLimit().orElse(null), limits.perUserLimit().orElse(null),
                limits.perUserMode().name(), limitSettings.danglingThreshold(limits).toMinutes(),
                limits.chosenDanglingThreshold().isEmpty(), limits.danglingPolicy().name(),
                limitSettings.providerCap().orElse(null),
                LimitRules.effective(limitSettings.providerCap(), limits.sessionsLimit()).orElse(null));
    }

    /**
     * A JSON merge patch of the settings: fields left out keep their values, {@code null} removes a limit. 400 when
     * the body can't be read, 409 when a rule refuses the values (above the cap, a threshold longer than a session
     * lives); either way nothing changes.
     */
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON) // not merge-patch+json: RESTEasy (WildFly) would apply that one itself
    public LimitsJson change(String body) {
        LimitsPatch patch;
        try {
            patch = LimitsPatch.parse(body);
        } catch (InvalidRequest invalid) {
            throw ApiProblem.badRequest(invalid);
        }
        try {
            limitSettings.update(patch::applyTo, security.getCallerPrincipal().getName());
        } catch (InvalidLimits refused) {
            List<InvalidRequest.FieldError> errors = refused.problems().stream()
                    .map(problem -> new InvalidRequest.FieldError(problem.field(),
                            texts.get(problem.messageKey(), problem.arguments())))
                    .toList();
            throw new ApiProblem(Problem.of(Response.Status.CONFLICT,
                    errors.get(0).field() + ": " + errors.get(0).detail()).withErrors(errors));
        }
        return limits();
    }
}
