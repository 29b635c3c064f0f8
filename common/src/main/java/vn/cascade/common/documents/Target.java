package vn.cascade.common.documents;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.text.VietnameseText;

/**
 * A numeric target (chỉ tiêu) a directive or plan sets: "kết nạp đảng viên mới đạt từ 3% trở lên" is
 * {@code NEW_MEMBER_RATE AT_LEAST 3 PERCENT, annually}.
 */
@Schema(name = "Target", description = "A numeric target (chỉ tiêu)")
public record Target(
        @Schema(description = "A code of the indicator catalogue (GET /api/v1/indicators), or an alias of one; "
                + "null for a target kept with its words only, until a clerk picks its indicator",
                example = "NEW_MEMBER_RATE")
        @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "upper-case letters, digits and '_'")
        String indicatorCode,
        @Schema(example = "Tỷ lệ kết nạp đảng viên mới so với tổng số đảng viên")
        @NotBlank @Size(max = 500)
        String label,
        @NotNull
        Comparator comparator,
        @Schema(description = "The value, or the lower bound for BETWEEN", example = "3")
        @NotNull @PositiveOrZero
        BigDecimal value,
        @Schema(description = "Upper bound, only for BETWEEN", example = "5")
        @PositiveOrZero
        BigDecimal upperValue,
        @NotNull
        Unit unit,
        @Valid @NotNull
        TargetPeriod period,
        @Schema(description = "Where things stand when the target is set", example = "98.3")
        @PositiveOrZero
        BigDecimal baselineValue,
        @Schema(example = "2022-06-16")
        LocalDate baselineDate,
        @Schema(description = "For a rate: the catalogue's count above the line (set from the catalogue). For a "
                + "percentage target on a count or yes/no indicator that names its own denominatorIndicator: the "
                + "count above the line, absent for the indicator itself (docs/plan-model.md)",
                example = "NEW_MEMBERS_ADMITTED")
        @Size(max = 60)
        String numeratorIndicator,
        @Schema(description = "For a rate: the catalogue's count below the line (set from the catalogue). For a "
                + "percentage target on a count or yes/no indicator: the count it is measured against, both summed "
                + "over the subtree", example = "TOTAL_MEMBERS")
        @Size(max = 60)
        String denominatorIndicator) {

    /** The same target with its label in the stored form (NFC). */
    public Target nfc() {
        return new Target(indicatorCode, VietnameseText.nfc(label), comparator, value, upperValue, unit, period,
                baselineValue, baselineDate, numeratorIndicator, denominatorIndicator);
    }

    /** How the measured value must compare with the target value. */
    @Schema(name = "TargetComparator")
    public enum Comparator {
        /** từ … trở lên, ít nhất */
        AT_LEAST,
        /** hơn, trên */
        MORE_THAN,
        /** không quá, tối đa */
        AT_MOST,
        /** dưới */
        LESS_THAN,
        /** đạt đúng */
        EXACTLY,
        /** từ … đến … */
        BETWEEN
    }

    @Schema(name = "TargetUnit")
    public enum Unit {
        PERCENT,
        COUNT
    }

    @AssertTrue(message = "BETWEEN needs an upperValue not below value; other comparators take none")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isRangeConsistent() {
        if (comparator == null || value == null) {
            return true;
        }
        return comparator == Comparator.BETWEEN
                ? upperValue != null && upperValue.compareTo(value) >= 0
                : upperValue == null;
    }

    @AssertTrue(message = "a percentage cannot exceed 100")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isPercentInRange() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        return unit != Unit.PERCENT
                || (value == null || value.compareTo(hundred) <= 0) && (upperValue == null || upperValue.compareTo(hundred) <= 0);
    }

    /**
     * When a target applies: every year of a span ("hằng năm, giai đoạn 2020–2030"), by a year ("đến năm 2030"),
     * or every quarter of a span ("mỗi quý").
     */
    @Schema(name = "TargetPeriod")
    public record TargetPeriod(
            @NotNull Kind kind,
            @Schema(example = "2022") Integer fromYear,
            @Schema(example = "2030") @NotNull Integer toYear) {

        @Schema(name = "TargetPeriodKind")
        public enum Kind {
            /** hằng năm */
            ANNUALLY,
            /** đến năm …: reached by the end of toYear; from fromYear (or the baseline's year) on, progress shows */
            BY_YEAR,
            /** mỗi quý: every quarter of the years fromYear to toYear */
            QUARTERLY
        }

        @AssertTrue(message = "ANNUALLY and QUARTERLY need fromYear not after toYear")
        @Schema(hidden = true)
        @JsonIgnore
        public boolean isSpanConsistent() {
            return kind == null || kind == Kind.BY_YEAR || (fromYear != null && toYear != null && fromYear <= toYear);
        }
    }
}
