package org.rollcall.usage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.sessions.entity.Utc;

/**
 * How full the site was in one hour (UTC): the most live sessions seen at once, the lowest limit in force, and
 * how many sign-ins, refusals and seats reclaimed the log holds for the hour. The hour is the natural key.
 */
@Entity
@Table(name = "usage_hour")
@NamedQuery(name = UsageHour.BETWEEN, query = "SELECT h FROM UsageHour h "
        + "WHERE h.hourStart >= :from AND h.hourStart < :to ORDER BY h.hourStart")
@NamedQuery(name = UsageHour.RAISE_PEAK, query = "UPDATE UsageHour h SET h.peakLive = :peak "
        + "WHERE h.hourStart = :hour AND h.peakLive < :peak")
@NamedQuery(name = UsageHour.LOWER_LIMIT, query = "UPDATE UsageHour h SET h.limitInForce = :limit "
        + "WHERE h.hourStart = :hour AND (h.limitInForce IS NULL OR h.limitInForce > :limit)")
@NamedQuery(name = UsageHour.SET_COUNTS, query = "UPDATE UsageHour h SET h.signIns = :signIns, "
        + "h.refusals = :refusals, h.fullRefusals = :fullRefusals, h.reclaims = :reclaims "
        + "WHERE h.hourStart = :hour")
@NamedQuery(name = UsageHour.FORGET_BEFORE, query = "DELETE FROM UsageHour h WHERE h.hourStart < :before")
public class UsageHour {

    public static final String BETWEEN = "UsageHour.between";
    public static final String RAISE_PEAK = "UsageHour.raisePeak";
    public static final String LOWER_LIMIT = "UsageHour.lowerLimit";
    public static final String SET_COUNTS = "UsageHour.setCounts";
    public static final String FORGET_BEFORE = "UsageHour.forgetBefore";

    @Id
    @Column(name = "hour_start")
    private LocalDateTime hourStart;

    @Column(name = "peak_live", nullable = false)
    private int peakLive;

    /**
     * The lowest limit in force during the hour (the provider's cap or the site's own, whichever is lower), empty
     * where none applied: a limit changed later never rewrites what an hour was measured against.
     */
    @Column(name = "limit_in_force")
    private Integer limitInForce;

    @Column(name = "sign_ins", nullable = false)
    private int signIns;

    /** Every refused sign-in: wrong passwords, throttled, full, disabled. */
    @Column(name = "refusals", nullable = false)
    private int refusals;

    /** The refusals because the site was full: the ones a bigger limit would have let in. */
    @Column(name = "full_refusals", nullable = false)
    private int fullRefusals;

    /** Sessions ended to make room for a sign-in: the site was full and a seat was reclaimed. */
    @Column(name = "reclaims", nullable = false)
    private int reclaims;

    protected UsageHour() {
    }

    /** An hour nothing has been seen in yet. */
    public UsageHour(Instant hourStart) {
        this.hourStart = Utc.of(hourStart);
    }

    public Instant getHourStart() {
        return Utc.toInstant(hourStart);
    }

    public int getPeakLive() {
        return peakLive;
    }

    public Optional<Integer> getLimitInForce() {
        return Optional.ofNullable(limitInForce);
    }

    public int getSignIns() {
        return signIns;
    }

    public int getRefusals() {
        return refusals;
    }

    public int getFullRefusals() {
        return fullRefusals;
    }

    public int getReclaims() {
        return reclaims;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsageHour hour && Objects.equals(hourStart, hour.hourStart);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(hourStart);
    }

    @Override
    public String toString() {
        return "UsageHour[" + hourStart + ", peak " + peakLive + " of " + limitInForce + "]";
    }
}
