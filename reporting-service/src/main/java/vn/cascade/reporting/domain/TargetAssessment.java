package vn.cascade.reporting.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.ReportingPeriodKind;

/**
 * Whether a rolled-up value meets a target (chỉ tiêu), and which targets a period is measured against.
 */
public final class TargetAssessment {

    /** The outcome for one indicator against its targets. */
    @Schema(name = "TargetResult")
    public enum Result {
        /** the value satisfies the target */
        MET,
        /** the value misses the target */
        NOT_MET,
        /** a target applies but no accepted report gives the value (or a rate's denominator is zero) */
        NO_DATA,
        /** no target in force for this indicator, organisation and period */
        NO_TARGET,
        /** a target to reach by a later year, not reached yet: its progress from the baseline says how far */
        NOT_YET_DUE
    }

    /** Periods that cover a whole year: the only ones a yearly target ("hằng năm", "đến năm …") is measured on. */
    static final Set<ReportingPeriodKind> WHOLE_YEAR = EnumSet.of(ReportingPeriodKind.YEAR,
            ReportingPeriodKind.INTERIM_REVIEW, ReportingPeriodKind.FINAL_REVIEW);

    private TargetAssessment() {
    }

    /** The quarters a QUARTERLY target is measured on. */
    static final Set<ReportingPeriodKind> QUARTERS = EnumSet.of(ReportingPeriodKind.Q1, ReportingPeriodKind.Q2,
            ReportingPeriodKind.Q3, ReportingPeriodKind.Q4);

    /**
     * A target applies to a period of its own period's kind and span: every whole year of an {@code ANNUALLY}
     * span; every quarter of a {@code QUARTERLY} span; for a {@code BY_YEAR} target, the whole years up to its
     * year, from its {@code fromYear} or else its baseline's year (before that, only its year). A quarter is not
     * measured against a yearly target: a quarter's admissions are a quarter of a year's.
     */
    public static boolean appliesTo(Target target, ReportingPeriod period) {
        if (target.period() == null || target.period().toYear() == null || target.period().kind() == null) {
            return false;
        }
        int year = period.year();
        Integer from = target.period().fromYear();
        int to = target.period().toYear();
        return switch (target.period().kind()) {
            case ANNUALLY -> WHOLE_YEAR.contains(period.kind()) && (from == null || from <= year) && year <= to;
            case QUARTERLY -> QUARTERS.contains(period.kind()) && (from == null || from <= year) && year <= to;
            case BY_YEAR -> WHOLE_YEAR.contains(period.kind()) && year <= to && year >= byYearStart(target);
        };
    }

    /** The first year a BY_YEAR target is followed: its fromYear, else its baseline's year, else its own year. */
    private static int byYearStart(Target target) {
        if (target.period().fromYear() != null) {
            return target.period().fromYear();
        }
        return target.baselineDate() != null ? target.baselineDate().getYear() : target.period().toYear();
    }

    /**
     * One value against one target in a period: as {@link #assess(BigDecimal, Target)}, except that a
     * {@code BY_YEAR} target not reached before its year is NOT_YET_DUE, not NOT_MET.
     */
    public static Result assess(BigDecimal value, Target target, ReportingPeriod period) {
        Result result = assess(value, target);
        boolean early = target.period() != null && target.period().kind() == Target.TargetPeriod.Kind.BY_YEAR
                && target.period().toYear() != null && period.year() < target.period().toYear();
        return early && result == Result.NOT_MET ? Result.NOT_YET_DUE : result;
    }

    /**
     * How far the value has come from the target's baseline toward its value, in percent with two decimals
     * (0: still at the baseline, 100: the goal reached, above 100: beyond it, negative: moved away); null without a
     * value or a baseline, or when the baseline is the goal.
     */
    public static BigDecimal progress(BigDecimal value, Target target) {
        if (value == null || target.baselineValue() == null || target.value() == null) {
            return null;
        }
        BigDecimal distance = target.value().subtract(target.baselineValue());
        if (distance.signum() == 0) {
            return null;
        }
        return value.subtract(target.baselineValue()).multiply(BigDecimal.valueOf(100))
                .divide(distance, Rates.SHOWN_SCALE, java.math.RoundingMode.HALF_UP);
    }

    /** One value against one target; NO_DATA when there is no value. */
    public static Result assess(BigDecimal value, Target target) {
        if (value == null) {
            return Result.NO_DATA;
        }
        int against = value.compareTo(target.value());
        boolean met = switch (target.comparator()) {
            case AT_LEAST -> against >= 0;
            case MORE_THAN -> against > 0;
            case AT_MOST -> against <= 0;
            case LESS_THAN -> against < 0;
            case EXACTLY -> against == 0;
            case BETWEEN -> against >= 0 && target.upperValue() != null && value.compareTo(target.upperValue()) <= 0;
        };
        return met ? Result.MET : Result.NOT_MET;
    }

    /**
     * The indicator's overall result from those of its targets: no target → NO_TARGET; no value → NO_DATA;
     * one target missed → NOT_MET; one not reached yet before its year → NOT_YET_DUE; otherwise MET.
     */
    public static Result overall(Collection<Result> results) {
        if (results.isEmpty()) {
            return Result.NO_TARGET;
        }
        if (results.contains(Result.NO_DATA)) {
            return Result.NO_DATA;
        }
        if (results.contains(Result.NOT_MET)) {
            return Result.NOT_MET;
        }
        return results.contains(Result.NOT_YET_DUE) ? Result.NOT_YET_DUE : Result.MET;
    }
}
