package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.export.ExportFormat;
import vn.cascade.common.export.SpreadsheetWriter;
import vn.cascade.common.http.CurrentRequest;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.rest.dto.CascadeResponse;
import vn.cascade.plan.rest.dto.CoverageResponse;
import vn.cascade.plan.rest.dto.LevelCoverageResponse;
import vn.cascade.plan.rest.mapping.CascadeMapper;
import vn.cascade.plan.rest.mapping.LevelCoverageTables;
import vn.cascade.plan.service.CascadeService;
import vn.cascade.plan.service.LevelCoverage;

@Path("/api/v1/cascade")
@Tag(name = "Cascade", description = "How a directive travels down the hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "400", description = "Not a directive symbol; unknown format")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this, or the organisation asked about lies outside the caller's subtree")
@APIResponse(responseCode = "404", description = "No such directive or organisation")
@APIResponse(responseCode = "409", description = "Several directives share the symbol: give the year")
public class CascadeResource {

    private final CascadeService service;
    private final LevelCoverage levels;

    CascadeResource(CascadeService service, LevelCoverage levels) {
        this.service = service;
        this.levels = levels;
    }

    @GET
    @Operation(operationId = "getCascade", summary = "The plans answering a directive, level by level",
            description = "Every issued plan that implements the directive, arranged as the cascade: the plans "
                    + "answering the directive itself at the top, and under each plan the plans based on it, down to "
                    + "the districts. Drafts and revoked plans are not part of it.")
    @APIResponse(responseCode = "200", description = "The tree", content = @Content(schema = @Schema(implementation = CascadeResponse.class)))
    public CascadeResponse tree(
            @Parameter(description = "Symbol of the directive, spelling tolerated", example = "21-NQ/TW")
            @QueryParam("directive") @NotBlank String directive,
            @Parameter(description = "Year of issue, when the number was reused", example = "2022")
            @QueryParam("year") Integer year) {
        return CascadeMapper.toResponse(service.tree(directive, year));
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCascadeCoverage",
            summary = "Which subordinates of an organisation have answered a directive with a plan, and which still owe one",
            description = "For the organisation (default the caller's own): its "
                    + "direct subordinates that issued a plan implementing the directive, with the plan, and those "
                    + "that still owe one.")
    @APIResponse(responseCode = "200", description = "Answered and owing", content = @Content(schema = @Schema(implementation = CoverageResponse.class)))
    public CoverageResponse coverage(
            @Parameter(description = "Symbol of the directive, spelling tolerated", example = "21-NQ/TW")
            @QueryParam("directive") @NotBlank String directive,
            @Parameter(description = "Year of issue, when the number was reused", example = "2022")
            @QueryParam("year") Integer year,
            @Parameter(description = "Defaults to the caller's organisation", example = "TU-QUANGTRI")
            @QueryParam("organization") String organization) {
        return CascadeMapper.toResponse(service.coverage(directive, year, organization));
    }

    @GET
    @Path("/coverage/levels")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "getCascadeCoverageByLevel",
            summary = "Coverage and lag of a directive per level of the hierarchy: how many organisations answered with "
                    + "a plan of their own, how many owe one, how many are late, and the median and 90th percentile of "
                    + "days to answer; JSON, CSV or XLSX",
            description = "Counts the subtree of the organisation when given (it must lie in the subtree the caller "
                    + "oversees), else the subtree the caller oversees: the whole country for an administrator, a "
                    + "central commission or the Central Office. An organisation owes a plan when an issued plan "
                    + "answering the directive asks it (its subordinate-plan addressees, or all its direct subordinate "
                    + "committees); one that answered unasked counts as answered. The lag runs from the issue of the "
                    + "plan that asked (or of the directive) to the answer's issue date; late means answered after, or "
                    + "still owing past, the deadline the asking plan set. CSV and XLSX are worded in the language of "
                    + "Accept-Language: Vietnamese headings and levels by default, English with en.")
    @APIResponse(responseCode = "200", description = "One row per level and the total", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LevelCoverageResponse.class)),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte-order mark; one row per level, then the total")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response coverageByLevel(
            @Parameter(description = "Symbol of the directive, spelling tolerated", example = "21-NQ/TW")
            @QueryParam("directive") @NotBlank String directive,
            @Parameter(description = "Year of issue, when the number was reused", example = "2022")
            @QueryParam("year") Integer year,
            @Parameter(description = "The subtree to count; default what the caller oversees", example = "TU-QUANGTRI")
            @QueryParam("organization") String organization,
            @Parameter(description = "json, csv or xlsx; overrides Accept", example = "csv",
                    schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.of(format, headers.getAcceptableMediaTypes());
        LevelCoverageResponse coverage = LevelCoverageTables.toResponse(levels.table(directive, year, organization));
        String stem = "coverage-" + coverage.directiveSymbol().replaceAll("[^\\p{Alnum}-]", "-")
                + (coverage.scopeOrganizationCode() == null ? "" : "-" + coverage.scopeOrganizationCode());
        return switch (as) {
            case JSON -> Response.ok(coverage, as.mediaType()).build();
            case CSV -> as.file(SpreadsheetWriter.csv(LevelCoverageTables.table(coverage, CurrentRequest.language())), stem);
            case XLSX -> as.file(SpreadsheetWriter.xlsx(List.of(LevelCoverageTables.table(coverage,
                    CurrentRequest.language()))), stem);
        };
    }
}
