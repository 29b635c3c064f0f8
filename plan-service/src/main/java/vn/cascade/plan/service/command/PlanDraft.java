package vn.cascade.plan.service.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.Signer;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.domain.Unit;

/**
 * The content of a plan as its issuer writes it: to draft a plan, change a draft or amend an issued plan. The
 * importer makes one from a document. Absent lists are empty lists.
 */
public record PlanDraft(
        String symbol,
        String issuingOrganizationCode,
        LocalDate issueDate,
        String issuePlace,
        String title,
        String purposes,
        String requirements,
        String implementation,
        DocumentReference implementsDirective,
        List<DocumentReference> basedOn,
        List<Target> targets,
        List<Task> tasks,
        List<Reporting> reportingRequirements,
        List<Recipient> recipients,
        Signer signer,
        SubordinatePlans subordinatePlans) {

    public PlanDraft {
        basedOn = orEmpty(basedOn);
        targets = orEmpty(targets);
        tasks = orEmpty(tasks);
        reportingRequirements = orEmpty(reportingRequirements);
        recipients = orEmpty(recipients);
    }

    /** The same content with other targets. */
    public PlanDraft withTargets(List<Target> replaced) {
        return new PlanDraft(symbol, issuingOrganizationCode, issueDate, issuePlace, title, purposes, requirements,
                implementation, implementsDirective, basedOn, replaced, tasks, reportingRequirements, recipients,
                signer, subordinatePlans);
    }

    /** A document the plan names; {@code kind} defaults to IMPLEMENTS or BASED_ON by where it is named. */
    public record DocumentReference(ReferenceKind kind, String symbol, LocalDate issueDate) {
    }

    public record Task(String number, String text, List<Unit> leadUnits, List<Unit> cooperatingUnits,
            Timeframe timeframe) {

        public Task {
            leadUnits = orEmpty(leadUnits);
            cooperatingUnits = orEmpty(cooperatingUnits);
        }
    }

    /** Who reports to whom, when; no reporter codes means every direct subordinate of the issuer. */
    public record Reporting(List<String> reporterCodes, String recipientCode, String viaCode,
            Set<ReportingFrequency> frequencies, List<Integer> years, Integer dueDaysAfterPeriodEnd,
            Integer reminderDaysBeforeDue) {

        public Reporting {
            reporterCodes = orEmpty(reporterCodes);
        }
    }

    /** Which subordinates must answer with a plan of their own, by when; no addressees means all direct ones. */
    public record SubordinatePlans(List<String> addressees, LocalDate deadline) {

        public SubordinatePlans {
            addressees = orEmpty(addressees);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
