package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Succession;
import vn.cascade.directive.service.OrganizationService.ChainLink;
import vn.cascade.directive.service.OrganizationService.History;

@Schema(name = "OrganizationHistory",
        description = "Where an organisation sat over time, and the restructurings before and after it")
public record OrganizationHistoryResponse(
        OrganizationResponse organization,
        @Schema(description = "Its places, oldest first; the last one without `to` is where it sits now")
        List<PlacementResponse> placements,
        @Schema(description = "The organisations it took over from directly") List<Neighbour> predecessors,
        @Schema(description = "The organisations that took over from it directly") List<Neighbour> successors,
        @Schema(description = "Every succession link before it, followed transitively (its predecessors, theirs, …), "
                + "nearest first") List<Link> earlier,
        @Schema(description = "Every succession link after it, followed transitively (a district dissolved in 2025 → "
                + "its successor → …), nearest first") List<Link> later,
        @Schema(description = "The active organisations that carry it on today: itself while it is active, else the "
                + "active organisations its successor chain ends in") List<OrganizationRef> carriedOnBy) {

    @Schema(name = "OrganizationPlacementPeriod", description = "Where the organisation sat during [from, to)")
    public record PlacementResponse(
            @Schema(description = "Absent at the root") OrganizationRef parent,
            @Schema(description = "Ids from the root down to the organisation then, '/'-separated") String path,
            @Schema(example = "1977-03-01") LocalDate from,
            @Schema(description = "Exclusive; absent while it lasts", example = "2025-07-01") LocalDate to) {
    }

    @Schema(name = "OrganizationSummary", description = "An organisation named in a history")
    public record OrganizationRef(
            UUID id,
            @Schema(example = "TU-QUANGTRI") String code,
            @Schema(example = "Tỉnh ủy Quảng Trị") String name,
            OrganizationLevel level,
            boolean active,
            @Schema(description = "The day it ceased (exclusive), when it has", example = "2025-07-01") LocalDate validTo) {

        static OrganizationRef of(Organization organization) {
            return organization == null ? null : new OrganizationRef(organization.id, organization.code,
                    organization.name, organization.level, organization.active, organization.validTo);
        }
    }

    @Schema(name = "OrganizationSuccessionLink", description = "A direct predecessor or successor")
    public record Neighbour(OrganizationRef organization, SuccessionKind kind,
            @Schema(example = "2025-07-01") LocalDate effective) {
    }

    @Schema(name = "OrganizationChainLink", description = "One restructuring link of a chain")
    public record Link(
            @Schema(description = "1 for a link touching this organisation, 2 for the next one, …", example = "1") int step,
            OrganizationRef predecessor,
            OrganizationRef successor,
            SuccessionKind kind,
            @Schema(example = "2025-07-01") LocalDate effective) {

        static Link of(ChainLink link) {
            Succession succession = link.succession();
            return new Link(link.step(), OrganizationRef.of(succession.predecessor), OrganizationRef.of(succession.successor),
                    succession.kind, succession.effective);
        }
    }

    public static OrganizationHistoryResponse from(History history) {
        Organization organization = history.organization();
        return new OrganizationHistoryResponse(OrganizationResponse.from(organization),
                history.placements().stream().map(placement -> new PlacementResponse(
                        placement.parentId == null ? null : OrganizationRef.of(history.parents().get(placement.parentId)),
                        placement.path, placement.validFrom, placement.validTo)).toList(),
                history.earlier().stream().filter(link -> link.step() == 1).map(link -> new Neighbour(
                        OrganizationRef.of(link.succession().predecessor), link.succession().kind,
                        link.succession().effective)).toList(),
                history.later().stream().filter(link -> link.step() == 1).map(link -> new Neighbour(
                        OrganizationRef.of(link.succession().successor), link.succession().kind,
                        link.succession().effective)).toList(),
                history.earlier().stream().map(Link::of).toList(),
                history.later().stream().map(Link::of).toList(),
                history.carriedOnBy().stream().map(OrganizationRef::of).toList());
    }
}
