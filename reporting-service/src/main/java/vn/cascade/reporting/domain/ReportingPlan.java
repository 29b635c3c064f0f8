package vn.cascade.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.documents.Target;

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

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
