package org.rollcall.usage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.usage.control.UsageHistory;
import org.rollcall.usage.control.UsagePoint;
import org.rollcall.usage.control.UsageVerdict;

/**
 * Site → Usage: the verdict over the last {@value #VERDICT_DAYS} days, the peak per hour for the last
 * {@value #HOURS} hours and per day for the last {@value #DAYS} days, against the limit in force. Read from the
 * hour rows (at most 2,160), never from the raw events. The URL is for managers ({@code web.xml}); the page has
 * no actions.
 */
@Named("siteUsage")
@RequestScoped
public class UsageBacking {

    static final int HOURS = 48;
    static final int DAYS = 90;
    static final int VERDICT_DAYS = 30;

    @Inject
    UsageHistory history;

    @Inject
    Texts texts;

    private List<UsagePoint> days;
    private UsageVerdict verdict;

    public String getVerdict() {
        UsageVerdict verdict = verdict();
        return switch (verdict.kind()) {
            case NOTHING_SEEN -> texts.get("usage.verdict.nothingSeen");
            case FULL -> texts.get("usage.verdict.full", verdict.fullDays(), verdict.days(), verdict.refusedFull());
            case BELOW -> texts.get("usage.verdict.below", verdict.percent(), verdict.days());
            case NO_LIMIT -> texts.get("usage.verdict.noLimit", verdict.peak(), verdict.days());
        };
    }

    public boolean isFull() {
        return verdict().kind() == UsageVerdict.Kind.FULL;
    }

    public String getHoursChart() {
        return UsageChart.of(history.lastHours(HOURS), UsageChart.hours(texts.locale()), labels());
    }

    public String getDaysChart() {
        return UsageChart.of(days(), UsageChart.days(texts.locale()), labels());
    }

    private UsageChart.Labels labels() {
        return new UsageChart.Labels(texts.get("usage.chart.peak"), texts.get("usage.chart.limit"),
                texts.get("usage.chart.signIns"), texts.get("usage.chart.refusals"));
    }

    /** Over the last {@value #VERDICT_DAYS} of the days read for the chart, once per request. */
    private UsageVerdict verdict() {
        if (verdict == null) {
            List<UsagePoint> all = days();
            verdict = UsageVerdict.over(all.subList(all.size() - VERDICT_DAYS, all.size()));
        }
        return verdict;
    }

    private List<UsagePoint> days() {
        if (days == null) {
            days = history.lastDays(DAYS);
        }
        return days;
    }
}
