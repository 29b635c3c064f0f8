package vn.cascade.directive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A plan that answers a directive, as plan-service announced it. */
@Entity
@Table(name = "implementing_plan")
public class ImplementingPlan {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "directive_id")
    public UUID directiveId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "organization_code")
    public String organizationCode;

    public String symbol;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** ISSUED, AMENDED or REVOKED; a revoked plan no longer counts as an answer. */
    public String status;

    public long version;

    public boolean answers() {
        return !"REVOKED".equals(status);
    }
}
