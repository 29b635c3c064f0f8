package vn.cascade.directive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.events.OrganizationPlacement;

/** Where an organisation sat during [validFrom, validTo): its parent and path then. */
@Embeddable
public class Placement {

    @Column(name = "parent_id")
    public UUID parentId;

    public String path;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Exclusive; null while the organisation is still there. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    protected Placement() {
    }

    Placement(UUID parentId, String path, LocalDate validFrom) {
        this.parentId = parentId;
        this.path = path;
        this.validFrom = validFrom;
    }

    public boolean isOpen() {
        return validTo == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    OrganizationPlacement event() {
        return new OrganizationPlacement(parentId, path, validFrom, validTo);
    }
}
