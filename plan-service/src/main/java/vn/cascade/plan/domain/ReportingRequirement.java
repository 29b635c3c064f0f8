package vn.cascade.plan.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportingFrequency;

/**
 * Who reports what to whom and when, as the plan says: "Định kỳ hằng quý, 6 tháng, 9 tháng, năm 2023 báo cáo
 * kết quả thực hiện về Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy)".
 *
 * @param reporterCodes empty: every direct subordinate of the issuer reports
 */
@Schema(name = "ReportingRequirement")
public record ReportingRequirement(
        UUID id,
        @Schema(description = "Codes of the reporting units; empty for all direct subordinates of the issuer")
        List<String> reporterCodes,
        @Schema(description = "Code of the organisation reports go to", example = "TU-HANOI") String recipientCode,
        @Schema(description = "Code of the body that receives them on its behalf (qua …)", example = "BTC-TU-HANOI") String viaCode,
        Set<ReportingFrequency> frequencies,
        @Schema(example = "[2023]") List<Integer> years,
        @Schema(description = "Days after the period ends; negative when due before", example = "5") int dueDaysAfterPeriodEnd,
        @Schema(example = "7") int reminderDaysBeforeDue) {
}
