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
        NO_TARGET
    }

    /** Periods that cover a whole year: the only ones a yearly target ("hằng năm", "đến năm …") is measured on. */
    static final Set<ReportingPeriodKind> WHOLE_YEAR = EnumSet.of(ReportingPeriodKind.YEAR,
            ReportingPeriodKind.INTERIM_REVIEW, ReportingPeriodKind.FINAL_REVIEW);

    private TargetAssessment() {
    }

    /**
     * A target applies to a period when the period covers a whole year and the year lies in the target's span:
     * every year of an {@code ANNUALLY} span, or the very year of a {@code BY_YEAR} target. A quarter is not
     * measured against a yearly target: a quarter's admissions are a quarter of a year's.
     */
    public static boolean appliesTo(Target target, ReportingPeriod period) {
        if (!WHOLE_YEAR.contains(period.kind()) || target.period() == null || target.period().toYear() == null) {
            return false;
        }
        int year = period.year();
        return switch (target.period().kind()) {
            case ANNUALLY -> (target.period().fromYear() == null || target.period().fromYear() <= year)
                    && year <= target.period().toYear();
            case BY_YEAR -> year == target.period().toYear();
        };
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
     * one target missed → NOT_MET; otherwise MET.
     */
    public static Result overall(Collection<Result> results) {
        if (results.isEmpty()) {
            return Result.NO_TARGET;
        }
        if (results.contains(Result.NO_DATA)) {
            return Result.NO_DATA;
        }
        return results.contains(Result.NOT_MET) ? Result.NOT_MET : Result.MET;
    }
}
