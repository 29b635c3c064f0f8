package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.SuccessionKind;

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
    }
}
