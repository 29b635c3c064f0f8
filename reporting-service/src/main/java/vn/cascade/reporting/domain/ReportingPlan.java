package vn.cascade.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.PlanSnapshot;

/**
 * What reporting-service keeps of a plan: its identity and the newest plan version applied, so that an
 * older event arriving late never undoes a newer one. Not optimistic-locked: the consumer applies the
 * events of one plan in order, one at a time.
 */
@Entity
@Table(name = "reporting_plan")
public class ReportingPlan {

    @Id
    public UUID id;

    public String symbol;

    @Column(name = "issuing_organization_id")
    public UUID issuingOrganizationId;

    @Column(name = "issuing_organization_code")
    public String issuingOrganizationCode;

    /** ISSUED, AMENDED or REVOKED, as the last applied event said. */
    public String status;

    /** The plan's version in plan-service. */
    public long version;

    /** The targets (chỉ tiêu) the latest applied version sets; roll-ups compare with them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Target> targets = new ArrayList<>();

    /**
     * The ids of the plan's tasks (nhiệm vụ) in the latest applied version; null while unknown (a copy taken before
     * reporting-service kept them).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "task_ids")
    public List<UUID> taskIds;

    /** The upper-level plan this one answers, when the plan names one. */
    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    /** The registered documents (plans, directives) the plan is based on (căn cứ). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "based_on_ids")
    public List<UUID> basedOnIds = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * The task ids among these that are not tasks of this plan, in the order given; none while the plan's tasks
     * are unknown.
     */
    public List<UUID> tasksNotInPlan(Collection<UUID> named) {
        if (taskIds == null) {
            return List.of();
        }
        Set<UUID> own = new HashSet<>(taskIds);
        return named.stream().filter(Objects::nonNull).filter(id -> !own.contains(id)).distinct().toList();
    }

    /** A new, empty copy of the plan, before its first version is applied. */
    public static ReportingPlan copyOf(UUID id) {
        ReportingPlan plan = new ReportingPlan();
        plan.id = id;
        return plan;
    }

    /** Takes over what a (newer) version of the plan says. */
    public void apply(PlanSnapshot snapshot, OffsetDateTime now) {
        symbol = snapshot.symbol();
        issuingOrganizationId = snapshot.issuingOrganizationId();
        issuingOrganizationCode = snapshot.issuingOrganizationCode();
        status = snapshot.status();
        version = snapshot.version();
        targets = snapshot.targets() == null ? new ArrayList<>() : new ArrayList<>(snapshot.targets());
        taskIds = snapshot.tasks() == null ? null
                : snapshot.tasks().stream().map(PlanSnapshot.TaskSummary::id).filter(Objects::nonNull).toList();
        parentPlanId = snapshot.parentPlanId();
        basedOnIds = snapshot.basedOn() == null ? new ArrayList<>() : snapshot.basedOn().stream()
                .map(PlanSnapshot.DocumentLink::documentId).filter(Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        updatedAt = now;
    }
}
