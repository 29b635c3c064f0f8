package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.rest.dto.PlanPage;
import vn.cascade.plan.rest.dto.PlanResponse;
import vn.cascade.plan.rest.mapping.PlanMapper;
import vn.cascade.plan.service.PlanSearch;

@Path("/api/v1/plans/search")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class PlanSearchResource {

    private final PlanSearch search;

    PlanSearchResource(PlanSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchPlans", summary = "Plans whose symbol, title, purposes, requirements or tasks hold "
            + "the words, best match first; diacritics and case ignored",
            description = "'đảng viên', 'dang vien' and 'ĐẢNG VIÊN' find the same plans. The words follow web search "
                    + "usage: all words must occur; \"quoted words\" in that order; or between alternatives; -word "
                    + "excludes. Among the plans the caller may read (issued plans of every organisation, drafts of "
                    + "its own subtree), ranked by PostgreSQL ts_rank, then newest first. Pages carry RFC 8288 Link "
                    + "headers (first, prev, next, last) beside the total.")
    @APIResponse(responseCode = "200", description = "One page, best match first",
            content = @Content(schema = @Schema(implementation = PlanPage.class)))
    @APIResponse(responseCode = "400", description = "No words, words longer than 200 characters, or an invalid filter")
    @APIResponse(responseCode = "404", description = "No such issuing organisation")
    public PageResponse<PlanResponse> search(
            @Parameter(description = "The words, at most 200 characters", required = true,
                    example = "kết nạp đảng viên") @QueryParam("q") String q,
            @Parameter(description = "Code of an organisation: plans it or any organisation below it issued",
                    example = "TU-QUANGTRI") @QueryParam("issuer") String issuer,
            @Parameter(description = "KH (kế hoạch) or CTr (chương trình hành động), case ignored", example = "KH",
                    schema = @Schema(enumeration = {"KH", "CTr"})) @QueryParam("type") String type,
            @Parameter(description = "Year of issue", example = "2023") @QueryParam("year") @Min(1900) @Max(2200)
            Integer year,
            @Parameter(description = "Only plans in this status", example = "ISSUED") @QueryParam("status")
            PlanStatus status,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(search.search(new PlanSearch.Query(q, issuer, type, year, status), page.paging()),
                PlanMapper::toResponse);
    }
}
