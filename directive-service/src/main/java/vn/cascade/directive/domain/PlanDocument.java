package vn.cascade.directive.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A plan or action programme as plan-service announced it (issued, amended or revoked): enough to place it in the
 * reference graph next to the directives. plan-service owns plans; this is a read model fed by its events.
 */
@Entity
@Table(name = "plan_document")
public class PlanDocument {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    public String symbol;

    @Column(name = "symbol_key")
    public String symbolKey;

    /** KH, CTr */
    public String type;

    @Column(name = "issuing_organization_id")
    public UUID issuingOrganizationId;

    @Column(name = "issuing_organization_code")
    public String issuingOrganizationCode;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    public String title;

    /** ISSUED, AMENDED or REVOKED */
    public String status;

    public long version;

    /** The directive it implements, the upper plan it answers, the documents it is based on. */
    @ElementCollection
    @CollectionTable(name = "plan_reference", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanReference> references = new ArrayList<>();
}
