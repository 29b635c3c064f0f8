package vn.cascade.reporting.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.domain.TargetAssessment.Result;

@Schema(name = "Rollup", description = "Indicator values summed over an organisation's subtree for one period, "
        + "rates recomputed from the summed counts, each compared with the targets in force")
public record RollupResponse(
        OrganizationSummary organization,
        ReportingPeriodKind periodKind,
        @Schema(example = "2025") int year,
        @Schema(example = "2025-01-01") LocalDate periodStart,
        @Schema(example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "PERIOD: the organisations that existed during the period; CURRENT: those existing today")
        RollupHierarchy hierarchy,
        @Schema(description = "Whether submitted, not yet accepted reports are counted") boolean includeSubmitted,
        @Schema(description = "The indicators shown, in order", example = "[\"NEW_MEMBER_RATE\", \"ORGS_GOOD_RATE\"]")
        List<String> indicators,
        @Schema(description = "The whole subtree") Row total,
        @Schema(description = "The organisation's own reports; absent when it reported nothing itself") Row own,
        @Schema(description = "Drill-down: one row per direct subordinate, by code", type = SchemaType.ARRAY,
                implementation = Row.class) List<Row> subordinates) {

    @Schema(name = "OrganizationSummary")
    public record OrganizationSummary(
            UUID id,
            @Schema(example = "HU-VINHLINH") String code,
            @Schema(example = "Huyện ủy Vĩnh Linh") String name,
            OrganizationLevel level) {
    }

    @Schema(name = "RollupRow")
    public record Row(
            OrganizationSummary organization,
            @Schema(description = "Organisations in this part of the subtree whose reports gave a value", example = "42")
            long reportingOrganizations,
            @Schema(type = SchemaType.ARRAY, implementation = Figure.class) List<Figure> figures,
            @Schema(description = "Today's hierarchy only: this organisation was split since the period; its reports "
                    + "count whole here, at the nearest common ancestor of the organisations it was split into, "
                    + "listed by code. Absent otherwise", type = SchemaType.ARRAY,
                    implementation = OrganizationSummary.class) List<OrganizationSummary> splitInto) {
    }

    @Schema(name = "RollupFigure")
    public record Figure(
            @Schema(example = "NEW_MEMBER_RATE") String indicator,
            @Schema(description = "The indicator's Vietnamese name in the catalogue; absent for a code only a target names",
                    example = "Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên") String name,
            @Schema(description = "COUNT: summed (or the smallest or largest value given, for a count the catalogue "
                    + "aggregates by MIN or MAX); RATE: numerator ÷ denominator × 100 of the summed counts; YES_NO: "
                    + "how many organisations answered yes; SHARE: the organisations that answered yes × 100 ÷ those "
                    + "that answered")
            Kind kind,
            @Schema(description = "The sum (or smallest or largest value), or the percent with two decimals; absent "
                    + "without data", example = "1.88") BigDecimal value,
            @Schema(description = "Rates: the summed numerator; shares: the organisations that answered yes",
                    example = "15") Long numerator,
            @Schema(description = "Rates: the summed denominator; shares: the organisations that answered",
                    example = "800") Long denominator,
            @Schema(description = "Against all targets in force: NOT_MET if one is missed") Result result,
            @Schema(type = SchemaType.ARRAY, implementation = TargetCheck.class) List<TargetCheck> targets) {
    }

    @Schema(name = "RollupFigureKind")
    public enum Kind {
        COUNT,
        RATE,
        YES_NO,
        SHARE
    }

    @Schema(name = "RollupTargetCheck", description = "One target in force and whether the value meets it")
    public record TargetCheck(
            @Schema(example = "48-CTr/TU") String planSymbol,
            @Schema(example = "Kết nạp đảng viên mới đạt từ 3% trở lên so với tổng số đảng viên") String label,
            Target.Comparator comparator,
            @Schema(example = "3") BigDecimal value,
            BigDecimal upperValue,
            Target.Unit unit,
            @Schema(description = "Where the target started from, if the plan says (98.3 % in 2022)", example = "2.1")
            BigDecimal baselineValue,
            @Schema(description = "When the baseline was measured", example = "2022-06-16") LocalDate baselineDate,
            @Schema(description = "ANNUALLY: every year of fromYear–toYear; BY_YEAR: by the end of toYear (followed "
                    + "from fromYear, or the baseline's year); QUARTERLY: every quarter of fromYear–toYear")
            Target.TargetPeriod period,
            @Schema(description = "MET, NOT_MET, NO_DATA; NOT_YET_DUE: a BY_YEAR target not reached before its year")
            Result result,
            @Schema(description = "Percent of the way from the baseline to the target's value (0: at the baseline, "
                    + "100: reached); absent without a baseline or a value", example = "41.18")
            BigDecimal progress,
            @Schema(description = "The value the target was compared with: the figure's, or, for a target measured "
                    + "by its own numerator and denominator, their percent (two decimals); absent without data",
                    example = "62.50")
            BigDecimal measured,
            @Schema(description = "A percentage target on a count or yes/no indicator that names its own "
                    + "denominator (and perhaps numerator) is measured as numerator ÷ denominator × 100 of the two "
                    + "summed over the subtree: those codes; absent for a target measured by the figure's value",
                    example = "FOUR_GOOD_CELLS")
            String numeratorIndicator,
            @Schema(description = "See numeratorIndicator", example = "PARTY_CELLS") String denominatorIndicator,
            @Schema(description = "The target's own numerator summed over the subtree", example = "5")
            Long numerator,
            @Schema(description = "The target's own denominator summed over the subtree", example = "8")
            Long denominator) {
    }
}
