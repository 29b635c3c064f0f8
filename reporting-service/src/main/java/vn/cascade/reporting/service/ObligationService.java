package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.repository.ObligationRepository;

/**
 * Reading reporting obligations. A caller sees what its own organisation owes and what is owed to it as
 * recipient; an administrator sees everything. Obligations outside that answer 404, so their existence does
 * not leak.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObligationService {

    /** Longest calendar window one request may ask for. */
    static final int MAX_CALENDAR_DAYS = 366;
    static final int DEFAULT_CALENDAR_DAYS = 90;

    /** What an organisation owes and what is owed to it, with a due date in a window. */
    public record Calendar(String organizationCode, LocalDate from, LocalDate to, List<ReportingObligation> owed,
            List<ReportingObligation> owedTo) {
    }

    /**
     * The list filters; null means "any".
     *
     * @param includeSubtree what {@code organization} (default the caller's own) and everything below it owe
     */
    /** {@code updatedSince}: only obligations changed at or after it (cancelled ones included), for offline sync. */
    public record Filter(String organization, String recipient, UUID planId, ReportingPeriodKind periodKind,
            Integer year, ObligationStatus status, boolean includeSubtree, OffsetDateTime updatedSince) {
    }

    private final ObligationRepository obligations;
    private final ReportingAccess access;
    private final ReportingConfig config;
    private final Clock clock;

    ObligationService(ObligationRepository obligations, ReportingAccess access, ReportingConfig config, Clock clock) {
        this.obligations = obligations;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    public ReportingObligation get(UUID id) {
        return obligations.findByIdOptional(id).filter(access::canSee)
                .orElseThrow(() -> DomainException.notFound("No reporting obligation " + id)
                        .localized("obligation.not-found", id));
    }

    /**
     * Without an organisation or recipient filter, a caller gets what its own organisation owes; filters
     * naming other organisations still show only what the caller owes or receives. With {@code includeSubtree},
     * what an organisation of the caller's subtree and everything below it owe (another subtree is a 403, as for
     * roll-ups).
     */
    public Page<ReportingObligation> search(Filter filter, Paging paging) {
        String status = filter.status() == null ? null : filter.status().name();
        String kind = filter.periodKind() == null ? null : filter.periodKind().name();
        if (filter.includeSubtree()) {
            String path = access.readableOrganization(filter.organization(), "The obligations of").path;
            return obligations.search(new ObligationRepository.Criteria(null, blankToNull(filter.recipient()),
                    filter.planId(), kind, filter.year(), status, null, path, filter.updatedSince()), paging);
        }
        List<String> visibleTo = access.visibleOnlyTo();
        String organization = blankToNull(filter.organization());
        String recipient = blankToNull(filter.recipient());
        if (organization == null && recipient == null && visibleTo != null) {
            organization = visibleTo.getFirst();
        }
        return obligations.search(new ObligationRepository.Criteria(organization, recipient, filter.planId(), kind,
                filter.year(), status, visibleTo, null, filter.updatedSince()), paging);
    }

    /** From today (in the service's zone) for 90 days unless the caller names the window. */
    public Calendar calendar(String organization, LocalDate from, LocalDate to) {
        String code = access.calendarOrganization(blankToNull(organization));
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(config.zone()));
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_CALENDAR_DAYS);
        if (end.isBefore(start)) {
            throw DomainException.invalid("to", "must not be before from (" + start + ")", "calendar.to-before-from",
                    start);
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_CALENDAR_DAYS) {
            throw DomainException.invalid("to", "the window spans at most " + MAX_CALENDAR_DAYS + " days",
                    "calendar.window-too-long", MAX_CALENDAR_DAYS);
        }
        return new Calendar(code, start, end, obligations.dueBetween("organizationCode", code, start, end),
                obligations.dueBetween("recipientCode", code, start, end));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
