package vn.cascade.reporting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.persistence.SqlValues;
import vn.cascade.reporting.domain.ReportVersion;
import vn.cascade.reporting.domain.ReviewComment;

/** A report's versions (each submission and review) and its review thread (issue 19). */
@ApplicationScoped
public class ReportHistoryRepository {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    ReportHistoryRepository(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public void addVersion(ReportSnapshot report, int submission, OffsetDateTime at, String by) {
        try {
            entityManager.createNativeQuery("""
                    INSERT INTO report_version (report_id, version, submission, status, content, changed_at, changed_by)
                    VALUES (:report, :version, :submission, :status, cast(:content AS jsonb), :at, :by)""")
                    .setParameter("report", report.id())
                    .setParameter("version", report.version())
                    .setParameter("submission", submission)
                    .setParameter("status", report.status())
                    .setParameter("content", objectMapper.writeValueAsString(report))
                    .setParameter("at", at)
                    .setParameter("by", by)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report " + report.id() + " cannot be written as JSON", e);
        }
    }

    public void addComment(UUID reportId, long reportVersion, int submission, String outcome, String comment,
            String author, OffsetDateTime at) {
        entityManager.createNativeQuery("""
                INSERT INTO report_review_comment (id, report_id, report_version, submission, outcome, comment, author,
                    written_at) VALUES (:id, :report, :version, :submission, :outcome, :comment, :author, :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("report", reportId)
                .setParameter("version", reportVersion)
                .setParameter("submission", submission)
                .setParameter("outcome", outcome)
                .setParameter("comment", comment)
                .setParameter("author", author)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    public List<ReportVersion> versions(UUID reportId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, submission, status, changed_at, changed_by, content::text FROM report_version
                WHERE report_id = :report ORDER BY version""")
                .setParameter("report", reportId).getResultList();
        return rows.stream().map(row -> new ReportVersion(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                (String) row[2], SqlValues.offsetDateTime(row[3]), (String) row[4], read((String) row[5]))).toList();
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    public List<ReviewComment> comments(UUID reportId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, report_version, submission, outcome, comment, author, written_at FROM report_review_comment
                WHERE report_id = :report ORDER BY written_at, report_version""")
                .setParameter("report", reportId).getResultList();
        return rows.stream().map(row -> new ReviewComment((UUID) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5],
                SqlValues.offsetDateTime(row[6]))).toList();
    }

    private ReportSnapshot read(String json) {
        try {
            return objectMapper.readValue(json, ReportSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report version is not readable", e);
        }
    }
}
