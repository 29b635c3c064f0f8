package vn.cascade.directive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;

/** A node of the party hierarchy (tổ chức đảng). */
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

    public boolean active = true;

    @Column(name = "member_count")
    public Integer memberCount;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Places this organisation under {@code parent} (or at the root when null). */
    public void placeUnder(Organization parent) {
        parentId = parent == null ? null : parent.id;
        path = (parent == null ? "" : parent.path) + "/" + id;
    }

    public OrganizationSnapshot snapshot() {
        return new OrganizationSnapshot(id, code, name, shortName, level, parentId, path, active, memberCount, version);
    }
}
