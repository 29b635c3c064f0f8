package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.reporting.domain.IndicatorCatalogue;
import vn.cascade.reporting.domain.Indicators;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.events.outgoing.ReportEvents;
import vn.cascade.reporting.repository.IndicatorRepository;
import vn.cascade.reporting.repository.ObligationRepository;
import vn.cascade.reporting.repository.ReportHistoryRepository;
import vn.cascade.reporting.repository.ReportRepository;
import vn.cascade.reporting.repository.ReportingPlanRepository;
import vn.cascade.organizations.OrganizationRepository;

/**
 * Writing, submitting and reviewing reports. Only a {@code reporter} of the obligation's own organisation
 * writes and submits; only a {@code reviewer} of the recipient organisation accepts or returns. Drafts are
 * seen by the reporting organisation alone.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** The content of a report as the reporter sends it. */
    public record Content(Map<String, Long> indicators, List<ReportSnapshot.TaskProgress> taskProgress,
            ReportSnapshot.Narrative narrative) {
    }

    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final IndicatorRepository indicators;
    private final ReportingPlanRepository plans;
    private final ReportEvents events;
    private final ReportingAccess access;
    private final RollupAggregates rollupAggregates;
    private final ReportHistoryRepository history;
    private final OrganizationRepository organizations;
    private final Clock clock;

    ReportService(ReportRepository reports, ObligationRepository obligations, IndicatorRepository indicators,
            ReportingPlanRepository plans, ReportEvents events, ReportingAccess access, RollupAggregates rollupAggregates,
            ReportHistoryRepository history, OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.rollupAggregates = rollupAggregates;
        this.history = history;
        this.reports = reports;
        this.obligations = obligations;
        this.indicators = indicators;
        this.plans = plans;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    public Report draft(UUID obligationId, Content content) {
        ObligationRepository.Owed owed = obligations.findForUpdateWithReport(obligationId)
                .filter(found -> access.canSee(found.obligation()))
                .orElseThrow(() -> DomainException.notFound("No reporting obligation " + obligationId)
                        .localized("obligation.not-found", obligationId));
        ReportingObligation obligation = owed.obligation();
        access.requireReporterOf(obligation.organizationCode);
        if (obligation.status == ObligationStatus.CANCELLED) {
            throw DomainException.conflict("The obligation was cancelled; no report is owed")
                    .localized("obligation.cancelled");
        }
        if (owed.reportId() != null) {
            throw DomainException.conflict("Obligation " + obligationId + " already has report " + owed.reportId()
                    + "; change that one").localized("report.exists", obligationId, owed.reportId());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Report report = Report.draftFor(obligation, now, access.callerName());
        Content valid = validated(content, obligation);
        report.write(valid.indicators(), valid.taskProgress(), valid.narrative(), now, access.callerName());
        reports.persist(report);
        return report;
    }

    public Report update(UUID id, long version, Content content) {
        Report report = current(id, version);
        access.requireReporterOf(report.organizationCode);
        ReportingObligation obligation = obligations.findByIdOptional(report.obligationId)
                .orElseThrow(() -> new IllegalStateException("Report " + id + " answers no obligation"));
        Content valid = validated(content, obligation);
        report.write(valid.indicators(), valid.taskProgress(), valid.narrative(), OffsetDateTime.now(clock),
                access.callerName());
        reports.flush();
        return report;
    }

    public Report submit(UUID id, long version) {
        Report report = current(id, version);
        access.requireReporterOf(report.organizationCode);
        ReportingObligation obligation = obligations.findByIdOptional(report.obligationId).orElseThrow();
        requireTasksOfThePlan(report.taskProgress, obligation);
        OffsetDateTime now = OffsetDateTime.now(clock);
        report.submit(now, access.callerName());
        obligation.answered(now);
        reports.flush();
        // Each submission is a version kept whole (issue 19).
        history.addVersion(report.snapshot(obligation), report.submissionCount, now, access.callerName());
        events.submitted(report, obligation);
        return report;
    }

    public Report accept(UUID id, long version, String comment) {
        return review(id, version, comment, true);
    }

    public Report giveBack(UUID id, long version, String comment) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment", "say what must be corrected", "report.return-comment");
        }
        return review(id, version, comment, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report get(UUID id) {
        return reports.findByIdOptional(id).filter(this::visible)
                .orElseThrow(() -> DomainException.notFound("No report " + id).localized("report.not-found", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report forObligation(UUID obligationId) {
        return reports.findByObligation(obligationId).filter(this::visible)
                .orElseThrow(() -> DomainException.notFound("No report answers obligation " + obligationId)
                        .localized("report.none-for-obligation", obligationId));
    }

    private Report review(UUID id, long version, String comment, boolean accepted) {
        Report report = current(id, version);
        ReportingObligation obligation = obligations.findByIdOptional(report.obligationId).orElseThrow();
        access.requireReviewerOf(report, obligation);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text = comment == null || comment.isBlank() ? null : VietnameseText.nfc(comment);
        if (accepted) {
            report.accept(text, now, access.callerName());
        } else {
            report.giveBack(text, now, access.callerName());
        }
        obligation.reviewed(accepted, now);
        reports.flush();
        // The review joins the report's thread instead of overwriting the last one (issue 19).
        history.addVersion(report.snapshot(obligation), report.submissionCount, now, access.callerName());
        history.addComment(report.id, report.version, report.submissionCount, report.status.name(), text,
                access.callerName(), now);
        if (accepted) {
            // in the national figure the moment this commits (issue 18)
            rollupAggregates.accepted(report, obligation);
            events.accepted(report, obligation);
        } else {
            events.returned(report, obligation);
        }
        return report;
    }

    /**
     * The report at the version the client read, its obligation locked (SELECT … FOR UPDATE) before anything is
     * checked: the lock is taken in the statement that reads the obligation for the visibility check, not in a
     * second one after it (issue 18, run 6). A stale version is a 409, never a lost update.
     */
    private Report current(UUID id, long version) {
        Report report = reports.findByIdOptional(id)
                .filter(found -> obligations.findForUpdate(found.obligationId)
                        .map(obligation -> access.canSee(found, obligation)).orElse(false))
                .orElseThrow(() -> DomainException.notFound("No report " + id).localized("report.not-found", id));
        DomainException.requireVersion("Report " + id, report.version, version);
        return report;
    }

    private boolean visible(Report report) {
        return obligations.findByIdOptional(report.obligationId)
                .map(obligation -> access.canSee(report, obligation)).orElse(false);
    }

    /**
     * Counts, task progress and text checked together, with one error per field (400); then the codes against the
     * catalogue, listing every one it does not take (422); text stored as NFC.
     */
    private Content validated(Content content, ReportingObligation obligation) {
        int year = obligation.periodYear;
        Map<String, Long> values = content.indicators() == null ? Map.of() : content.indicators();
        IndicatorCatalogue catalogue = indicators.catalogue();
        List<Violation> errors = new ArrayList<>(Indicators.violations(values, catalogue.pairs()));
        List<ReportSnapshot.TaskProgress> progress = content.taskProgress() == null ? List.of() : content.taskProgress();
        Set<UUID> tasks = new HashSet<>();
        List<ReportSnapshot.TaskProgress> stored = new ArrayList<>();
        for (int i = 0; i < progress.size(); i++) {
            ReportSnapshot.TaskProgress task = progress.get(i);
            String field = "taskProgress[" + i + "]";
            if (task.taskId() != null && !tasks.add(task.taskId())) {
                errors.add(new Violation(field + ".taskId", "a task appears once"));
            }
            if (task.status() == ReportSnapshot.TaskStatus.COMPLETED && task.percent() != 100) {
                errors.add(new Violation(field + ".percent", "a completed task is at 100"));
            }
            if (task.status() == ReportSnapshot.TaskStatus.NOT_STARTED && task.percent() != 0) {
                errors.add(new Violation(field + ".percent", "a task not started is at 0"));
            }
            stored.add(new ReportSnapshot.TaskProgress(task.taskId(), task.status(), task.percent(),
                    task.note() == null ? null : VietnameseText.nfc(task.note())));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        List<Violation> notReportable = new ArrayList<>(catalogue.notReportable(values.keySet(), year));
        notReportable.addAll(catalogue.wrongAnswers(values));
        if (!notReportable.isEmpty()) {
            List<String> codes = notReportable.stream()
                    .map(violation -> violation.field().substring("indicators.".length())).toList();
            throw DomainException.ruleBroken("The catalogue does not take " + codes + " in a report of " + year,
                    notReportable).localized("report.indicators-not-taken", String.join(", ", codes), year);
        }
        requireIndicatorsOfTheLevel(values.keySet(), obligation, catalogue);
        requireIndicatorsOfThePlan(values.keySet(), obligation, catalogue);
        requireTasksOfThePlan(stored, obligation);
        ReportSnapshot.Narrative text = content.narrative();
        ReportSnapshot.Narrative narrative = text == null ? new ReportSnapshot.Narrative(null, null, null, null, null)
                : new ReportSnapshot.Narrative(nfc(text.results()), nfc(text.limitations()), nfc(text.causes()),
                        nfc(text.lessons()), nfc(text.proposals()));
        return new Content(new LinkedHashMap<>(values), stored, narrative);
    }

    /**
     * An indicator with a reporting level is entered by the organisations at that level only (422 listing the
     * others): above it the figure is the roll-up of those below, and a value given there would be counted twice.
     */
    private void requireIndicatorsOfTheLevel(Set<String> codes, ReportingObligation obligation,
            IndicatorCatalogue catalogue) {
        if (java.util.Arrays.stream(OrganizationLevel.values())
                .allMatch(any -> catalogue.notReportedAt(codes, any).isEmpty())) {
            return; // no level is refused these codes: the organisation is not read for its level (issue 18, run 7a)
        }
        OrganizationLevel level = organizations.findByIdOptional(obligation.organizationId)
                .map(organization -> organization.level).orElse(null);
        List<Violation> elsewhere = catalogue.notReportedAt(codes, level);
        if (!elsewhere.isEmpty()) {
            String listed = elsewhere.stream().map(violation -> violation.field().substring("indicators.".length()))
                    .collect(java.util.stream.Collectors.joining(", "));
            throw DomainException.ruleBroken("A " + level + " organisation does not enter " + listed, elsewhere)
                    .localized("report.indicators-not-at-level", listed, level);
        }
    }

    /**
     * A report gives what its plan asks for: the indicators the plan's targets need, and the standing ones every
     * report carries (422 listing the others). A plan not (yet) in this service's copy asks for nothing more.
     */
    private void requireIndicatorsOfThePlan(Set<String> codes, ReportingObligation obligation,
            IndicatorCatalogue catalogue) {
        Optional<ReportingPlan> plan = plans.findByIdOptional(obligation.planId);
        if (plan.isEmpty()) {
            return;
        }
        Set<String> targeted = catalogue.targeted(plan.get().targets.stream().flatMap(target -> java.util.stream.Stream
                .of(target.indicatorCode(), target.numeratorIndicator(), target.denominatorIndicator())).toList());
        List<Violation> notTargeted = catalogue.notTargeted(codes, targeted, obligation.planSymbol);
        if (!notTargeted.isEmpty()) {
            String listed = notTargeted.stream().map(violation -> violation.field().substring("indicators.".length()))
                    .collect(java.util.stream.Collectors.joining(", "));
            throw DomainException.ruleBroken("Plan " + obligation.planSymbol + " does not ask for " + listed,
                    notTargeted).localized("report.indicators-not-targeted", obligation.planSymbol, listed);
        }
    }

    /**
     * Progress may be reported only on the tasks of the plan the obligation comes from (422 listing the others).
     * Checked when written and again when submitted, as an amendment may have dropped a task meanwhile.
     */
    private void requireTasksOfThePlan(List<ReportSnapshot.TaskProgress> progress, ReportingObligation obligation) {
        if (progress.isEmpty()) {
            return; // no task named, none foreign: the plan (a JSON document) is not read for nothing (issue 18, run 6)
        }
        List<UUID> named = progress.stream().map(ReportSnapshot.TaskProgress::taskId).toList();
        List<UUID> foreign = plans.findByIdOptional(obligation.planId)
                .map(plan -> plan.tasksNotInPlan(named)).orElse(List.of());
        if (foreign.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            if (foreign.contains(named.get(i))) {
                violations.add(Violation.localized("taskProgress[" + i + "].taskId",
                        "task " + named.get(i) + " is not a task of plan " + obligation.planSymbol,
                        "report.task-not-in-plan", named.get(i), obligation.planSymbol));
            }
        }
        throw DomainException.ruleBroken("Plan " + obligation.planSymbol + " has no task " + foreign
                + "; report progress on its own tasks (GET the plan from plan-service lists them)", violations)
                .localized("report.tasks-not-in-plan", obligation.planSymbol, foreign);
    }

    private static String nfc(String text) {
        return text == null || text.isBlank() ? null : VietnameseText.nfc(text);
    }
}
