package vn.cascade.directive.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.domain.DomainException;
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

    /** Where it sat over time, oldest first; the open one (if any) is {@link #parentId} and {@link #path}. */
    @ElementCollection
    @CollectionTable(name = "organization_placement", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderBy("validFrom")
    @BatchSize(size = 64) // a moved subtree's snapshots load their histories in batches, not one query each
    public List<Placement> placements = new ArrayList<>();

    /** The organisations that took over from this one. */
    @OneToMany(mappedBy = "predecessor")
    @OrderBy("effective")
    @BatchSize(size = 64)
    public List<Succession> successors = new ArrayList<>();

    /** The organisations this one took over from. */
    @OneToMany(mappedBy = "successor")
    @OrderBy("effective")
    @BatchSize(size = 64)
    public List<Succession> predecessors = new ArrayList<>();

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

    /** Opens the organisation's first place, where {@link #placeUnder} put it, from {@link #validFrom}. */
    public void begin() {
        placements.add(new Placement(parentId, path, validFrom));
    }

    /** The place it holds now; empty once it has ceased. */
    public Optional<Placement> currentPlacement() {
        return placements.stream().filter(Placement::isOpen).findFirst();
    }

    /** Where it sat on {@code date}; empty when it did not exist then. */
    public Optional<Placement> placementOn(LocalDate date) {
        return placements.stream().filter(placement -> placement.covers(date)).findFirst();
    }

    /**
     * Whether it changed place after {@code date}: then a change dated {@code date} would rewrite a history that
     * already has later entries. Its first place does not count (it began after that date).
     */
    public boolean movedAfter(LocalDate date) {
        return currentPlacement().filter(placement -> placement.validFrom.isAfter(date) && placements.indexOf(placement) > 0)
                .isPresent();
    }

    /**
     * Records that from {@code date} on the organisation sits where {@link #parentId} and {@link #path} now say.
     * A place that began on that day or later (same-day moves, an organisation that began afterwards) is corrected
     * rather than closed, so no period is empty.
     */
    public void relocate(LocalDate date) {
        Placement current = currentPlacement().orElseThrow(() -> new IllegalStateException(code + " has ceased"));
        if (!current.validFrom.isBefore(date)) {
            current.parentId = parentId;
            current.path = path;
            return;
        }
        current.validTo = date;
        placements.add(new Placement(parentId, path, date));
    }

    /**
     * Places the organisation under {@code parent} from {@code date} on, with its subtree: every active descendant
     * gets the new path and a new place in its history. Ceased descendants keep the path they had when they ceased.
     *
     * @param activeDescendants its active descendants, read before anything changed
     */
    public void moveUnder(Organization parent, LocalDate date, List<Organization> activeDescendants) {
        String oldPath = path;
        placeUnder(parent);
        relocate(date);
        activeDescendants.forEach(descendant -> {
            descendant.rebase(oldPath, path);
            descendant.relocate(date);
        });
    }

    /** Ends the organisation's existence on {@code date} (exclusive): it is never deleted. */
    public void cease(LocalDate date) {
        active = false;
        validTo = date;
        currentPlacement().ifPresent(placement -> placement.validTo = date);
    }

    /** Moves the start of its existence, and so of its first place; it must stay before its first move. */
    public void beginOn(LocalDate date) {
        if (placements.size() > 1 && !date.isBefore(placements.get(1).validFrom)) {
            throw DomainException.invalid("validFrom", "must be before " + code + "'s first move, on "
                    + placements.get(1).validFrom);
        }
        validFrom = date;
        if (!placements.isEmpty()) {
            placements.getFirst().validFrom = date;
        }
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
        List<UUID> ids = idsOf(path);
        return ids.subList(0, ids.size() - 1);
    }

    /** The ids a path names, root first. */
    public static List<UUID> idsOf(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(UUID::fromString).toList();
    }

    public OrganizationSnapshot snapshot() {
        return new OrganizationSnapshot(id, code, name, shortName, level, kind, parentId, path, active, memberCount,
                memberCountAsOf, validFrom, validTo, placements.stream().map(Placement::event).toList(),
                successors.stream().map(Succession::seenFromPredecessor).toList(),
                predecessors.stream().map(Succession::seenFromSuccessor).toList(), version);
    }
}
