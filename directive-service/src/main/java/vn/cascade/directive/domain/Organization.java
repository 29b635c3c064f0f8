package vn.cascade.directive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.text.VietnameseText;

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

    /** Folded name and short name, the form search compares with (see {@link #describe}). */
    @Column(name = "name_folded")
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    public OrganizationLevel level;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    public String path;

    public boolean active = true;

    @Column(name = "member_count")
    public Integer memberCount;

    @Column(name = "member_count_as_of")
    public LocalDate memberCountAsOf;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The day the organisation ceased to exist (exclusive); null while it exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Sets the names in their stored form (NFC) and keeps the search form in step with them. */
    public void describe(String name, String shortName) {
        this.name = VietnameseText.nfc(name);
        String nfcShortName = VietnameseText.nfc(shortName);
        this.shortName = nfcShortName == null || nfcShortName.isEmpty() ? null : nfcShortName;
        this.nameFolded = VietnameseText.fold(this.shortName == null ? this.name : this.name + " " + this.shortName);
    }

    /** Places this organisation under {@code parent} (or at the root when null). */
    public void placeUnder(Organization parent) {
        parentId = parent == null ? null : parent.id;
        path = (parent == null ? "" : parent.path) + "/" + id;
    }

    /** Whether {@code other} lies strictly below this organisation. */
    public boolean isAncestorOf(Organization other) {
        return other.path.startsWith(path + "/");
    }

    /** Keeps this descendant's place below an ancestor whose path changed from {@code oldPrefix} to {@code newPrefix}. */
    public void rebase(String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix + "/")) {
            throw new IllegalArgumentException(code + " is not below " + oldPrefix);
        }
        path = newPrefix + path.substring(oldPrefix.length());
    }

    /** Ids of the ancestors, root first, without this organisation. */
    public List<UUID> ancestorIds() {
        List<String> ids = Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
        return ids.subList(0, ids.size() - 1).stream().map(UUID::fromString).toList();
    }

    public OrganizationSnapshot snapshot() {
        return new OrganizationSnapshot(id, code, name, shortName, level, kind, parentId, path, active, memberCount,
                memberCountAsOf, validFrom, validTo, version);
    }
}
