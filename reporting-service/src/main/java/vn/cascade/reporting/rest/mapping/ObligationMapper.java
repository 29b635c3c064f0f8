package vn.cascade.reporting.rest.mapping;

import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.rest.dto.CalendarResponse;
import vn.cascade.reporting.rest.dto.ObligationResponse;
import vn.cascade.reporting.service.ObligationService;

/** Reporting obligations as the API shows them. */
public final class ObligationMapper {

    private ObligationMapper() {
    }

    public static ObligationResponse toResponse(ReportingObligation o) {
        return new ObligationResponse(o.id, o.planId, o.planSymbol, o.requirementId, o.organizationId,
                o.organizationCode, o.recipientId, o.recipientCode, o.viaId, o.viaCode, o.periodKind, o.periodYear,
                o.periodStart, o.periodEnd, o.dueDate, o.reminderDate, o.status, o.reminderSentAt, o.overdueMarkedAt,
                o.submittedAt, o.createdAt, o.updatedAt, o.version);
    }

    public static CalendarResponse toResponse(ObligationService.Calendar calendar) {
        return new CalendarResponse(calendar.organizationCode(), calendar.from(), calendar.to(),
                calendar.owed().stream().map(ObligationMapper::toResponse).toList(),
                calendar.owedTo().stream().map(ObligationMapper::toResponse).toList());
    }
}
