package vn.cascade.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A task (nhiệm vụ) of a plan, with its lead and cooperating units, timeframe and progress. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int position;

    /** As numbered in the plan: "1", "1.1", "IV.2"; null for a bullet. */
    public String number;

    public String text;

    /** The task it lies under, from the numbers ("1.1.2" under "1.1"); null at the top of the plan. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "parent_number")
    public String parentNumber;

    /** chủ trì */
    @Column(name = "lead_units")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Unit> leadUnits = new ArrayList<>();

    /** phối hợp */
    @Column(name = "cooperating_units")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Unit> cooperatingUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Timeframe timeframe;

    /** From the timeframe, kept as a column so overdue tasks are found by index. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public TaskStatus status = TaskStatus.NOT_STARTED;

    @Column(name = "progress_percent")
    public int progressPercent;

    @Column(name = "progress_note")
    public String progressNote;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The guidance the task waited for, once issued; null while it waits or waits for nothing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public TaskGuidance guidance;

    @Version
    public long version;

    /** When progress was last recorded (null: never); with the plan's updatedAt, when the task last changed. */
    @Column(name = "progress_recorded_at")
    public OffsetDateTime progressRecordedAt;

    /** Waits for guidance from above that has not been linked yet. */
    public boolean awaitsGuidance() {
        return guidance == null && timeframe != null && timeframe.kind() == TimeframeKind.AWAITING_GUIDANCE;
    }

    /** The awaited guidance was issued: the task is due when it says. */
    public void linkGuidance(TaskGuidance issued) {
        guidance = issued;
        dueDate = issued.dueDate();
    }

    public boolean isOverdue(LocalDate today) {
        return status != TaskStatus.DONE && dueDate != null && today.isAfter(dueDate);
    }

    /** Done by the due date, or not yet due: what officials call "đúng tiến độ". */
    public boolean isOnTime(LocalDate today) {
        if (dueDate == null) {
            return true;
        }
        return status == TaskStatus.DONE ? !completedOn.isAfter(dueDate) : !today.isAfter(dueDate);
    }

    /** When the task last changed: progress recorded on it, or its plan written or its status changed. */
    public OffsetDateTime updatedAt() {
        return progressRecordedAt == null || progressRecordedAt.isBefore(plan.updatedAt) ? plan.updatedAt : progressRecordedAt;
    }

    public void recordProgress(TaskStatus newStatus, int percent, String note, LocalDate today, OffsetDateTime now) {
        progressRecordedAt = now;
        status = newStatus;
        progressPercent = newStatus == TaskStatus.DONE ? 100 : percent;
        progressNote = note;
        completedOn = newStatus == TaskStatus.DONE ? (completedOn == null ? today : completedOn) : null;
    }
}
