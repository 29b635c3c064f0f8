package vn.cascade.directive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.Hibernate;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.SuccessionKind;

/** One restructuring link: the predecessor ceased on {@code effective} and the successor took over from it. */
@Entity
@Table(name = "organization_succession")
public class Succession {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    public Organization predecessor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id")
    public Organization successor;

    @Enumerated(EnumType.STRING)
    public SuccessionKind kind;

    public LocalDate effective;

    protected Succession() {
    }

    /** Links the two and records the link on both sides, so both snapshots carry it at once. */
    public static Succession link(Organization predecessor, Organization successor, SuccessionKind kind, LocalDate effective) {
        Succession succession = new Succession();
        succession.id = UUID.randomUUID();
        succession.predecessor = predecessor;
        succession.successor = successor;
        succession.kind = kind;
        succession.effective = effective;
        // Loaded first: an add queued on an unloaded collection could be applied twice once it loads.
        Hibernate.initialize(predecessor.successors);
        Hibernate.initialize(successor.predecessors);
        predecessor.successors.add(succession);
        successor.predecessors.add(succession);
        return succession;
    }

    OrganizationSuccession seenFromPredecessor() {
        return new OrganizationSuccession(successor.id, successor.code, kind, effective);
    }

    OrganizationSuccession seenFromSuccessor() {
        return new OrganizationSuccession(predecessor.id, predecessor.code, kind, effective);
    }
}
