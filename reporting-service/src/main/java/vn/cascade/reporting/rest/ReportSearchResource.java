package vn.cascade.reporting.rest;

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
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.domain.ReportStatus;
import vn.cascade.reporting.rest.dto.ReportSearchHitResponse;
import vn.cascade.reporting.rest.dto.ReportSearchPage;
import vn.cascade.reporting.rest.mapping.ReportMapper;
import vn.cascade.reporting.service.ReportSearch;

@Path("/api/v1/reports/search")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The organisation lies outside the caller's subtree, or wrong role")
public class ReportSearchResource {

    private final ReportSearch search;

    ReportSearchResource(ReportSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchReports", summary = "Reports whose narrative (results, limitations, causes, "
            + "lessons, proposals) or last review comment holds the words, best match first; diacritics and case ignored",
            description = "'đảng viên', 'dang vien' and 'ĐẢNG VIÊN' find the same reports. The words follow web "
                    + "search usage: all words must occur; \"quoted words\" in that order; or between alternatives; "
                    + "-word excludes. Among the reports the caller may read: its own organisation's in any state, and "
                    + "submitted ones addressed or routed to it or written in the subtree it oversees; ranked by "
                    + "PostgreSQL ts_rank, then latest period first. Pages carry RFC 8288 Link headers beside the total.")
    @APIResponse(responseCode = "200", description = "One page, best match first",
            content = @Content(schema = @Schema(implementation = ReportSearchPage.class)))
    @APIResponse(responseCode = "400", description = "No words, words longer than 200 characters, or an invalid filter")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public PageResponse<ReportSearchHitResponse> search(
            @Parameter(description = "The words, at most 200 characters", required = true,
                    example = "kết nạp đảng viên") @QueryParam("q") String q,
            @Parameter(description = "Code of an organisation of the caller's subtree: reports it or any organisation "
                    + "below it wrote", example = "HU-VINHLINH") @QueryParam("organization") String organization,
            @Parameter(description = "Period kind") @QueryParam("periodKind") ReportingPeriodKind periodKind,
            @Parameter(description = "Year of the period", example = "2025")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Status of the report", example = "ACCEPTED") @QueryParam("status")
            ReportStatus status,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(search.search(new ReportSearch.Query(q, organization, periodKind, year, status),
                page.paging()), hit -> new ReportSearchHitResponse(ReportMapper.toResponse(hit.report()),
                hit.obligation().planId, hit.obligation().planSymbol, hit.obligation().periodKind,
                hit.obligation().periodYear, hit.obligation().dueDate));
    }
}
