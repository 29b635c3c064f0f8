package vn.cascade.directive.service;

import java.time.LocalDate;
import java.util.List;
import vn.cascade.directive.domain.RestructuringKind;

/** The restructurings an administrator records, each effective on a date, and what one did. */
public final class Restructuring {

    private Restructuring() {
    }

    /** These organisations merge into an existing one ({@code successorCode}) or a new one ({@code newSuccessor}). */
    public record Merger(List<String> predecessorCodes, LocalDate effectiveDate, String successorCode,
            NewOrganization newSuccessor) {
    }

    /** One organisation splits into several, each taking over some of its active children. */
    public record Split(String predecessorCode, LocalDate effectiveDate, List<Share> successors) {
    }

    /** One successor of a split, existing ({@code code}) or new ({@code organization}), and the children it takes. */
    public record Share(String code, NewOrganization organization, List<String> childCodes) {

        public Share {
            childCodes = childCodes == null ? List.of() : childCodes;
        }
    }

    /** A new identity continues an organisation. */
    public record Renaming(String predecessorCode, LocalDate effectiveDate, NewOrganization successor) {
    }

    /**
     * An organisation moves with its subtree under another parent.
     *
     * @param version the version of the moving organisation last read; null to skip the check
     */
    public record Move(String code, String newParentCode, LocalDate effectiveDate, Long version) {
    }

    /** What a restructuring did. */
    public record Outcome(RestructuringKind kind, LocalDate effectiveDate, List<OrganizationView> predecessors,
            List<OrganizationView> successors, List<OrganizationView> moved, int snapshotsPublished) {
    }
}
