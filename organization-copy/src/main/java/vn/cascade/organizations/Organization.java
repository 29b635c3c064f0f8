package vn.cascade.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

/** A service's read-only copy of an organisation, kept current from directive-service's snapshots. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public OrganizationLevel level;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    public String path;

    public boolean active;

    @Column(name = "member_count")
    public Integer memberCount;

    @Column(name = "member_count_as_of")
    public LocalDate memberCountAsOf;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The day the organisation ceased to exist (exclusive); null while it exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public long version;
}
