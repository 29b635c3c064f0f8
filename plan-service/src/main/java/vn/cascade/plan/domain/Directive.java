package vn.cascade.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.documents.Target;

/** plan-service's copy of a directive, kept current from directive-service's events. */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    public UUID id;

    public String symbol;

    @Column(name = "symbol_key")
    public String symbolKey;

    public String type;

    @Column(name = "issuing_organization_code")
    public String issuingOrganizationCode;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    public String title;

    /** PUBLISHED, AMENDED or REVOKED: only the first two may be implemented. */
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Target> targets = new ArrayList<>();

    public long version;

    public boolean inForce() {
        return "PUBLISHED".equals(status) || "AMENDED".equals(status);
    }
}
