package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<ReportingObligation, UUID> {

    /**
     * Filters of the obligation list; null means "any". {@code visibleTo}, when set, keeps only obligations
     * those organisations owe, receive or have routed through them; {@code subtreePath}, when set, only those owed by the organisation at
     * that path and those below it in today's hierarchy.
     */
    public record Criteria(String organizationCode, String recipientCode, UUID planId, String periodKind,
            Integer year, String status, List<String> visibleTo, String subtreePath, OffsetDateTime updatedSince) {
    }

    /**
     * The obligation, locked until the caller's transaction ends, so that the scheduler (which skips locked
     * rows) and a submission never change it at the same time.
     */
    public Optional<ReportingObligation> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ReportingObligation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** An obligation locked as {@link #findForUpdate} locks it, and the id of the report answering it, if any. */
    public record Owed(ReportingObligation obligation, UUID reportId) {
    }

    /**
     * {@link #findForUpdate} and the id of the obligation's report in one statement, where a draft made two (issue
     * 18, run 7a): the report is read in a subquery, not locked; the obligation's lock serialises drafts of it.
     */
    public Optional<Owed> findForUpdateWithReport(UUID id) {
        return getEntityManager().createQuery("""
                        select o, (select r.id from Report r where r.obligationId = o.id)
                        from ReportingObligation o where o.id = :id""", Object[].class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .map(row -> new Owed((ReportingObligation) row[0], (UUID) row[1]));
    }

    public List<ReportingObligation> findByPlan(UUID planId) {
        return list("planId", planId);
    }

    private static final String INSERT = """
            INSERT INTO reporting_obligation (id, plan_id, plan_symbol, requirement_id, organization_id,
                organization_code, recipient_id, recipient_code, via_id, via_code, period_kind, period_year,
                period_start, period_end, due_date, reminder_date, reminder_at, overdue_at, status, created_at,
                updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final int BATCH = 1000;

    /**
     * New obligations, written in the caller's transaction as a few multi-row INSERTs rather than as managed
     * entities (issue 18: a plan issued to 834 reporters for three years owes 10,000 of them, and a managed entity
     * costs a persist, a flush and a dirty check each). They are not in the persistence context afterwards: a later
     * query reads them from the database.
     */
    public void insertAll(List<ReportingObligation> owed) {
        if (owed.isEmpty()) {
            return;
        }
        getEntityManager().flush(); // their plan first (foreign key)
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (ReportingObligation o : owed) {
                    int i = 0;
                    for (Object value : new Object[] {o.id, o.planId, o.planSymbol, o.requirementId, o.organizationId,
                            o.organizationCode, o.recipientId, o.recipientCode, o.viaId, o.viaCode,
                            o.periodKind.name(), o.periodYear, o.periodStart, o.periodEnd, o.dueDate, o.reminderDate,
                            o.reminderAt, o.overdueAt, o.status.name(), o.createdAt, o.updatedAt}) {
                        insert.setObject(++i, value);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** By due date, then id: a stable order for paging; changes since a time by when they were made, then id. */
    @SuppressWarnings("unchecked")
    public Page<ReportingObligation> search(Criteria criteria, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM reporting_obligation o WHERE true");
        condition(where, parameters, "o.organization_code = :organization", "organization", criteria.organizationCode());
        condition(where, parameters, "o.recipient_code = :recipient", "recipient", criteria.recipientCode());
        condition(where, parameters, "o.plan_id = :plan", "plan", criteria.planId());
        condition(where, parameters, "o.period_kind = :kind", "kind", criteria.periodKind());
        condition(where, parameters, "o.period_year = :year", "year", criteria.year());
        condition(where, parameters, "o.status = :status", "status", criteria.status());
        condition(where, parameters, "o.updated_at >= :updatedSince", "updatedSince", criteria.updatedSince());
        condition(where, parameters,
                "(o.organization_code IN (:visibleTo) OR o.recipient_code IN (:visibleTo) OR o.via_code IN (:visibleTo))",
                "visibleTo", criteria.visibleTo());
        if (criteria.subtreePath() != null) {
            // '0' follows '/': [path, path + '0') is a range on the path index holding the subtree, rechecked by LIKE
            where.append(" AND o.organization_id IN (SELECT org.id FROM organization org"
                    + " WHERE org.path ~>=~ :own AND org.path ~<~ :ownEnd"
                    + " AND (org.path = :own OR org.path LIKE :descendants))");
            parameters.put("own", criteria.subtreePath());
            parameters.put("ownEnd", criteria.subtreePath() + "0");
            parameters.put("descendants", criteria.subtreePath() + "/%");
        }
        Query list = getEntityManager().createNativeQuery(
                "SELECT o.*" + where + (criteria.updatedSince() == null ? " ORDER BY o.due_date, o.id"
                        : " ORDER BY o.updated_at, o.id") + " LIMIT :limit OFFSET :offset", ReportingObligation.class)
                // a page is only read: no dirty-checking snapshot of each row (docs/benchmarks.md run 6b)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + where);
        parameters.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        list.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        List<ReportingObligation> items = list.getResultList();
        // A short page that is not past the end holds the last rows: the total follows without counting again.
        boolean last = items.size() < paging.limit() && (!items.isEmpty() || paging.offset() == 0);
        long total = last ? paging.offset() + (long) items.size() : ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, total, paging);
    }

    /** What an organisation owes (or, as recipient, is owed) with a due date in [from, to], not cancelled. */
    public List<ReportingObligation> dueBetween(String organizationField, String organizationCode, LocalDate from,
            LocalDate to) {
        return list(organizationField + " = ?1 and dueDate between ?2 and ?3 and status <> ?4 order by dueDate, id",
                organizationCode, from, to, ObligationStatus.CANCELLED);
    }

    /**
     * Claims obligations whose reminder time has come and that have had no reminder, locking them for the
     * caller's transaction. Rows another replica holds are skipped, not waited for; once that replica
     * commits they no longer match, so each reminder is given once.
     */
    @SuppressWarnings("unchecked")
    public List<ReportingObligation> claimReminders(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM reporting_obligation
                WHERE reminder_sent_at IS NULL AND status = 'PENDING' AND reminder_at <= :now
                ORDER BY reminder_at, id LIMIT :limit
                FOR UPDATE SKIP LOCKED""", ReportingObligation.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Claims obligations past their due date with no report submitted and not yet marked overdue. */
    @SuppressWarnings("unchecked")
    public List<ReportingObligation> claimOverdue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM reporting_obligation
                WHERE overdue_marked_at IS NULL AND status IN ('PENDING', 'DUE') AND overdue_at <= :now
                ORDER BY overdue_at, id LIMIT :limit
                FOR UPDATE SKIP LOCKED""", ReportingObligation.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            parameters.put(name, value);
        }
    }

    /** What the organisation still owes (not yet answered), oldest period first. */
    public List<ReportingObligation> openOwedBy(UUID organizationId) {
        return list("organizationId = ?1 and status in ?2 order by periodEnd, id", organizationId, ObligationStatus.OPEN);
    }

    /** Reports addressed to the organisation that still wait for it: to be sent, or to be reviewed. */
    public List<ReportingObligation> waitingFor(UUID recipientId) {
        return list("recipientId = ?1 and status in ?2 order by periodEnd, id", recipientId,
                java.util.EnumSet.of(ObligationStatus.PENDING, ObligationStatus.DUE, ObligationStatus.OVERDUE,
                        ObligationStatus.SUBMITTED, ObligationStatus.RETURNED));
    }

    /** Whether the organisation owes (in any state) this requirement's report for this period already. */
    public boolean owes(UUID requirementId, UUID organizationId, ReportingObligation like) {
        return count("requirementId = ?1 and organizationId = ?2 and periodKind = ?3 and periodYear = ?4",
                requirementId, organizationId, like.periodKind, like.periodYear) > 0;
    }
}
