package org.rollcall.activity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.accounts.boundary.ManagerCheck;
import org.rollcall.activity.control.ActivityCursor;
import org.rollcall.activity.control.ActivityFilter;
import org.rollcall.activity.control.ActivityPage;
import org.rollcall.activity.control.ActivitySearch;
import org.rollcall.activity.entity.ActivityKind;

/**
 * Site → Activity: the log newest first, {@value #PAGE_SIZE} events a page, "Older" and "Newer" instead of page
 * numbers (keyset paging, see {@link ActivitySearch}). Dates are whole days in UTC, as the page's times are.
 * The URL is for managers ({@code web.xml}); every action checks the role again.
 */
@Named("activityLog")
@ViewScoped
public class ActivityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;

    @Inject
    ActivitySearch search;

    @Inject
    ActivityRows activityRows;

    @Inject
    ManagerCheck managerCheck;

    private String user;
    private String kind;
    private LocalDate from;
    private LocalDate to;

    /** Where each page read so far starts: null for the newest; the last is the page shown. */
    private final ArrayList<ActivityCursor> pageStarts = new ArrayList<>();
    private List<ActivityRow> rows = List.of();
    private ActivityCursor older;

    @PostConstruct
    void firstPage() {
        pageStarts.add(null);
        load();
    }

    public void search() throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        pageStarts.clear();
        pageStarts.add(null);
        load();
    }

    public void older() throws IOException {
        if (!managerCheck.allowed() || older == null) {
            return;
        }
        pageStarts.add(older);
        load();
    }

    public void newer() throws IOException {
        if (!managerCheck.allowed() || pageStarts.size() < 2) {
            return;
        }
        pageStarts.remove(pageStarts.size() - 1);
        load();
    }

    private void load() {
        ActivityPage page = search.page(filter(), Optional.ofNullable(pageStarts.get(pageStarts.size() - 1)),
                PAGE_SIZE);
        rows = page.events().stream().map(activityRows::of).toList();
        older = page.next().orElse(null);
    }

    private ActivityFilter filter() {
        return ActivityFilter.ofDays(Optional.ofNullable(user), ActivityKind.named(kind), Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    public List<ActivityRow> getRows() {
        return rows;
    }

    public boolean isNewerExist() {
        return pageStarts.size() > 1;
    }

    public boolean isOlderExist() {
        return older != null;
    }

    public List<ActivityKind> getKinds() {
        return List.of(ActivityKind.values());
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
