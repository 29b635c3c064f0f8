package vn.cascade.reporting.notification.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.NotificationKind;

@Schema(name = "Notification", description = "Something the people of the caller's organisation in one of its roles "
        + "are told; title and text in the language asked for (Accept-Language: Vietnamese unless English)")
public record NotificationResponse(
        UUID id,
        NotificationKind kind,
        @Schema(example = "Báo cáo quý I/2026 của Kế hoạch 68-KH/HU đến hạn ngày 05/04/2026") String title,
        @Schema(example = "Huyện ủy Vĩnh Linh cần gửi báo cáo quý I/2026 thực hiện Kế hoạch 68-KH/HU đến Tỉnh ủy "
                + "Quảng Trị chậm nhất ngày 05/04/2026.") String text,
        @Schema(description = "Addressed to the people of this organisation …", example = "HU-VINHLINH")
        String organizationCode,
        @Schema(description = "… who hold this role") AudienceRole audienceRole,
        @Schema(description = "The obligation it is about (GET /api/v1/obligations/{id})") UUID obligationId,
        @Schema(example = "68-KH/HU") String planSymbol,
        ReportingPeriodKind periodKind,
        @Schema(example = "2026") Integer periodYear,
        @Schema(example = "2026-04-05") LocalDate dueDate,
        @Schema(description = "The organisation that owes the report", example = "HU-VINHLINH") String reporterCode,
        @Schema(description = "The organisation the report goes to", example = "TU-QUANGTRI") String recipientCode,
        @Schema(description = "The plan a plan notification is about (GET /api/v1/plans/{id} in plan-service)")
        UUID planId,
        @Schema(description = "That plan's issuer", example = "TU-QUANGTRI") String issuerCode,
        @Schema(description = "The caller's own plans resting on it (amended or revoked plans)",
                example = "[\"68-KH/HU\"]") List<String> ownPlanSymbols,
        @Schema(description = "The organisations late with their own plan answering the plan (SUBORDINATE_PLANS_LATE)",
                example = "[\"HU-VINHLINH\", \"HU-GIOLINH\"]") List<String> lateOrganizationCodes,
        @Schema(description = "The directive a directive notification is about (GET /api/v1/directives/{id} in "
                + "directive-service)") UUID directiveId,
        @Schema(example = "21-NQ/TW") String directiveSymbol,
        OffsetDateTime createdAt,
        @Schema(description = "Whether the caller has read it") boolean read,
        @Schema(description = "When the caller read it") OffsetDateTime readAt) {
}
