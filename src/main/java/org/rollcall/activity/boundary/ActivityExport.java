package org.rollcall.activity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Role;
import org.rollcall.activity.control.ActivityCursor;
import org.rollcall.activity.control.ActivityFilter;
import org.rollcall.activity.control.ActivityPage;
import org.rollcall.activity.control.ActivitySearch;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.monitor.control.Device;
import org.rollcall.platform.boundary.Texts;

/**
 * Site → Activity's "Download CSV": every event the page's filters match, newest first, written as it is read,
 * {@value #CHUNK} at a time by the same keyset the page uses, so a million events cost a million rows of output
 * and never a million rows of memory. Times are ISO-8601 in UTC; kind and reason are the stable codes beside the
 * page's words, for scripts.
 * <p>
 * The URL is for managers ({@code web.xml}) and the servlet checks the role again. A filter it can't read is a
 * 400 with what was wrong, not an export of everything.
 */
@WebServlet("/app/site/activity.csv")
public class ActivityExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ActivityExport.class.getName());

    static final int CHUNK = 500;

    private static final List<String> HEADER = List.of("time_utc", "event", "kind", "reason", "user", "by",
            "ip_address", "browser", "os", "device", "node", "session", "detail");

    @Inject
    ActivitySearch search;

    @Inject
    ActivityRows rows;

    @Inject
    Texts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.MANAGER_GROUP)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ActivityFilter filter;
        try {
            filter = filterOf(request);
        } catch (IllegalArgumentException bad) {
            // Plain text, not an error page: the message may quote what was sent, and text/plain runs nothing.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().println(bad.getMessage());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"rollcall-activity-"
                + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write(CsvLine.of(HEADER));
        long written = 0;
        Optional<ActivityCursor> after = Optional.empty();
        do {
            ActivityPage page = search.page(filter, after, CHUNK);
            for (ActivityEvent event : page.events()) {
                out.write(CsvLine.of(cells(event)));
            }
            written += page.events().size();
            out.flush();
            after = page.next();
        } while (after.isPresent() && !out.checkError());
        LOG.log(Level.FINE, "Exported {0} activity event(s) for {1}.",
                new Object[] {written, request.getUserPrincipal().getName()});
    }

    private List<String> cells(ActivityEvent event) {
        ActivityRow row = rows.of(event);
        Device device = Optional.ofNullable(row.device()).orElse(new Device(null, null, null));
        return Arrays.asList(event.getOccurredAt().toString(), row.what(), event.getKind().name(),
                event.getReason(), event.getUsername(), event.getActor(), event.getIpAddress(), device.browser(),
                device.os(), device.device(), event.getNode(), event.getSessionId(), event.getDetail());
    }

    private ActivityFilter filterOf(HttpServletRequest request) {
        Optional<ActivityKind> kind = parameter(request, "kind").map(name -> ActivityKind.named(name)
                .orElseThrow(() -> new IllegalArgumentException(texts.get("activity.export.badKind", name))));
        Optional<String> user = parameter(request, "user");
        if (user.filter(name -> name.length() > ActivityEvent.USERNAME_LENGTH).isPresent()) {
            throw new IllegalArgumentException(texts.get("activity.export.badUser", ActivityEvent.USERNAME_LENGTH));
        }
        return ActivityFilter.ofDays(user, kind, day(request, "from"), day(request, "to"));
    }

    private Optional<LocalDate> day(HttpServletRequest request, String name) {
        return parameter(request, name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                throw new IllegalArgumentException(texts.get("activity.export.badDay", name));
            }
        });
    }

    private static Optional<String> parameter(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
