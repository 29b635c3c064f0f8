package vn.cascade.reporting.rest.mapping;

import java.util.List;
import java.util.Map;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.rest.dto.ReportRequest;
import vn.cascade.reporting.rest.dto.ReportResponse;
import vn.cascade.reporting.service.ReportService;

/** Reports between the API and the report service. */
public final class ReportMapper {

    private ReportMapper() {
    }

    public static ReportService.Content toContent(ReportRequest request) {
        return new ReportService.Content(request.indicators(), request.taskProgress(), request.narrative());
    }

    public static ReportResponse toResponse(Report r) {
        return new ReportResponse(r.id, r.obligationId, r.organizationCode, r.recipientCode, r.status,
                Map.copyOf(r.indicators), List.copyOf(r.taskProgress), r.narrative, r.reviewComment,
                r.submissionCount, r.submittedAt, r.submittedBy, r.reviewedAt, r.reviewedBy, r.updatedAt,
                r.updatedBy, r.version);
    }
}
