package vn.cascade.reporting.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.reporting.domain.Indicator;

/** A new indicator of the catalogue, or a change to one (with the version read; the code is the path's). */
@Schema(name = "IndicatorRequest")
public record IndicatorRequest(
        @Schema(description = "Upper-case letters, digits and '_'; only when adding", example = "FOUR_GOOD_CELLS")
        @Size(max = 60) String code,
        @Schema(description = "The version read; only when changing", example = "0") Long version,
        @Schema(description = "Vietnamese name, as reports and exports show it",
                example = "Số chi bộ đạt tiêu chuẩn \"4 tốt\"") @Size(max = 300) String nameVi,
        @Schema(description = "English name", example = "Party cells meeting the 'four good' standard")
        @Size(max = 300) String nameEn,
        @Schema(description = "COUNT: a whole number reported; RATE: numerator ÷ denominator × 100 of two counts; "
                + "YES_NO: each organisation answers 1 (yes) or 0 (no); SHARE: the share of the organisations "
                + "answering a YES_NO indicator (the numerator) that answered yes") Indicator.Kind kind,
        @Schema(description = "Rates: the count above the line; shares: the YES_NO indicator",
                example = "VILLAGE_CELLS_WITH_COMMITTEE")
        @Size(max = 60) String numerator,
        @Schema(description = "Rates only: the count below the line", example = "VILLAGE_CELLS")
        @Size(max = 60) String denominator,
        @Schema(description = "Unit of a value", example = "chi bộ") @Size(max = 40) String unit,
        @Schema(description = "Counts only, to take the smallest (MIN) or largest (MAX) value of a subtree instead of "
                + "its sum; absent: the kind's own (SUM, RECOMPUTED_RATE, SHARE_OF_ORGANIZATIONS)")
        Indicator.Aggregation aggregation,
        @Schema(description = "Every report may carry it, whatever its plan targets; absent: false")
        Boolean standing,
        @Schema(description = "First day in use; absent for always", example = "2020-01-01") LocalDate validFrom,
        @Schema(description = "Last day in use; absent for still in use") LocalDate validTo,
        @Schema(description = "Other codes that name this indicator (another vocabulary's)",
                example = "[\"FOUR_GOOD_CELL_COUNT\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> aliases,
        @Schema(description = "The words by which the plan importer recognises a target of this indicator in a "
                + "document's sentence: each a phrase, or phrases joined by '+' that must all occur; matched without "
                + "diacritics or case, at word boundaries. A percentage names a RATE or SHARE, a count a COUNT or "
                + "YES_NO. Absent: none (the importer names no target by it)",
                example = "[\"chi bộ + bốn tốt\", \"chi bộ 4 tốt\"]")
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> keywords,
        @Schema(description = "Counts and yes/no indicators: the level whose organisations enter it (GRASSROOTS: the "
                + "grassroots organisations report it, the committees above see it only rolled up, and a report from "
                + "any other level giving it is refused). Absent: every level gives its own figure. Ignored for "
                + "computed kinds (RATE, SHARE): their parts are reported", example = "GRASSROOTS")
        OrganizationLevel reportedAt) {
}
