package vn.cascade.reporting.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.ReportSnapshot.TaskProgress;

/** A new report (with the obligation it answers) or a change to one (with the version read). */
@Schema(name = "ReportRequest")
public record ReportRequest(
        @Schema(description = "The obligation the report answers; only when drafting") UUID obligationId,
        @Schema(description = "The version read; only when changing a report", example = "0") Long version,
        @Schema(description = "Indicator code → count; a numerator never above its denominator",
                example = "{\"NEW_MEMBERS_ADMITTED\": 35, \"TOTAL_MEMBERS\": 1180, \"ORGS_RATED_GOOD_OR_BETTER\": 40, "
                        + "\"ORGS_RATED\": 45, \"VILLAGE_CELLS_WITH_COMMITTEE\": 20, \"VILLAGE_CELLS\": 22}")
        @Size(max = 200) Map<String, Long> indicators,
        @Size(max = 500) List<@NotNull @Valid TaskProgress> taskProgress,
        @Valid ReportSnapshot.Narrative narrative) {
}
