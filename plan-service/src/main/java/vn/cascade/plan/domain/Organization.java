package vn.cascade.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;

/** plan-service's read-only copy of an organisation, kept current from directive-service's snapshots. */
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

    @Column(name = "parent_id")
    public UUID parentId;

    public String path;

    public boolean active;

    @Column(name = "member_count")
    public Integer memberCount;

    public long version;
}
