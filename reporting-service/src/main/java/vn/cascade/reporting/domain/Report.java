package vn.cascade.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.text.SearchWords;

/** The report that answers one reporting obligation: indicator counts, task progress and the narrative. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;

    @Column(name = "obligation_id")
    public UUID obligationId;

    @Column(name = "organization_code")
    public String organizationCode;

    @Column(name = "recipient_code")
    public String recipientCode;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> indicators = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "task_progress")
    public List<ReportSnapshot.TaskProgress> taskProgress = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public ReportSnapshot.Narrative narrative;

    @Column(name = "review_comment")
    public String reviewComment;

    /** The folded words the report is found by: its narrative and the last review comment (see searchWords). */
    @Column(name = "search_text")
    public String searchText = "";

    @Column(name = "submission_count")
    public int submissionCount;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public static Report draftFor(ReportingObligation obligation, OffsetDateTime now, String by) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.obligationId = obligation.id;
        report.organizationCode = obligation.organizationCode;
        report.recipientCode = obligation.recipientCode;
        report.status = ReportStatus.DRAFT;
        report.createdAt = now;
        report.createdBy = by;
        report.updatedAt = now;
        report.updatedBy = by;
        return report;
    }

    /** The content may change while the reporter holds the report: as a draft, or after it came back. */
    public void write(Map<String, Long> newIndicators, List<ReportSnapshot.TaskProgress> progress,
            ReportSnapshot.Narrative text, OffsetDateTime now, String by) {
        requireStatus("change", Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
        indicators = new LinkedHashMap<>(newIndicators);
        taskProgress = new ArrayList<>(progress);
        narrative = text;
        updatedAt = now;
        updatedBy = by;
    }

    public void submit(OffsetDateTime now, String by) {
        requireStatus("submit", Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
        if (narrative == null || narrative.results() == null || narrative.results().isBlank()) {
            throw DomainException.invalid("narrative.results", "a report states its results before it is submitted");
        }
        status = ReportStatus.SUBMITTED;
        submissionCount++;
        submittedAt = now;
        submittedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    public void accept(String comment, OffsetDateTime now, String by) {
        review(ReportStatus.ACCEPTED, comment, now, by);
    }

    public void giveBack(String comment, OffsetDateTime now, String by) {
        review(ReportStatus.RETURNED, comment, now, by);
    }

    private void review(ReportStatus outcome, String comment, OffsetDateTime now, String by) {
        requireStatus(outcome == ReportStatus.ACCEPTED ? "accept" : "return", Set.of(ReportStatus.SUBMITTED));
        status = outcome;
        reviewComment = comment;
        reviewedAt = now;
        reviewedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    /** Written before each insert and update, so that no path that changes the words leaves them stale. */
    @PrePersist
    @PreUpdate
    void indexWords() {
        Stream<String> sections = narrative == null ? Stream.empty() : Stream.of(narrative.results(),
                narrative.limitations(), narrative.causes(), narrative.lessons(), narrative.proposals());
        searchText = SearchWords.document(Stream.concat(sections, Stream.of(reviewComment)));
    }

    public void requireStatus(String action, Set<ReportStatus> allowed) {
        DomainException.requireStatus(action, "a report", status, allowed);
    }

    public ReportSnapshot snapshot(ReportingObligation obligation) {
        return new ReportSnapshot(id, obligationId, obligation.planId, obligation.planSymbol,
                new OrganizationRef(obligation.organizationId, obligation.organizationCode),
                new OrganizationRef(obligation.recipientId, obligation.recipientCode), obligation.periodKind,
                obligation.periodYear, status.name(), version, Map.copyOf(indicators), List.copyOf(taskProgress),
                narrative, reviewComment, submittedAt, submittedBy, reviewedAt, reviewedBy);
    }
}
