package vn.cascade.reporting.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.reporting.domain.Indicator;

/** One indicator of the catalogue. */
@Schema(name = "IndicatorResponse")
public record IndicatorResponse(
        @Schema(example = "ORGS_GOOD_RATE") String code,
        @Schema(example = "Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên") String nameVi,
        @Schema(example = "Share of party organisations rated good or better") String nameEn,
        Indicator.Kind kind,
        @Schema(description = "Rates: the count above the line; shares: the yes/no indicator whose yeses are counted",
                example = "ORGS_RATED_GOOD_OR_BETTER") String numerator,
        @Schema(description = "Rates only: the count below the line", example = "ORGS_RATED") String denominator,
        @Schema(example = "%") String unit,
        @Schema(description = "SUM for counts and yes/no answers (a count may take MIN or MAX: the smallest or largest "
                + "value an organisation gave); RECOMPUTED_RATE: summed numerator ÷ summed denominator, never an "
                + "average; SHARE_OF_ORGANIZATIONS: the yeses ÷ the organisations that answered, over the subtree")
        Indicator.Aggregation aggregation,
        @Schema(description = "Every report may carry it, whatever its plan targets; other indicators are reported "
                + "where the obligation's plan targets them") boolean standing,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "Other codes that name this indicator", example = "[\"GOOD_RATING_RATE\"]")
        List<String> aliases,
        @Schema(description = "The words by which the plan importer recognises a target of this indicator (each a "
                + "phrase, or phrases joined by '+' that must all occur)", example = "[\"hoàn thành tốt nhiệm vụ\"]")
        List<String> keywords,
        @Schema(description = "The level whose organisations enter it; the levels above see it only rolled up, the "
                + "others do not give it. Absent: every level gives its own figure (and computed kinds)",
                example = "GRASSROOTS") OrganizationLevel reportedAt,
        @Schema(example = "0") long version,
        OffsetDateTime updatedAt) implements Versioned {
}
