package vn.cascade.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.cascade.common.export.ExportFormat;
import vn.cascade.common.export.SpreadsheetWriter;
import vn.cascade.common.http.CurrentRequest;
import vn.cascade.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.rest.dto.CompletenessResponse;
import vn.cascade.reporting.rest.dto.RollupResponse;
import vn.cascade.reporting.rest.dto.RollupResponse.OrganizationSummary;
import vn.cascade.reporting.rest.mapping.RollupMapper;
import vn.cascade.reporting.service.CompletenessService;
import vn.cascade.reporting.service.IndicatorService;
import vn.cascade.reporting.service.RollupService;

@Path("/api/v1/rollups")
@Tag(name = "Roll-ups", description = "Figures summed up the hierarchy, targets met or not, completeness and timeliness")
@Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "400", description = "Unknown period kind, indicator, hierarchy or format; missing year")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The organisation lies outside the caller's subtree, or wrong role")
@APIResponse(responseCode = "404", description = "No such organisation")
public class RollupResource {

    private static final String HIERARCHY = "PERIOD (default): the hierarchy as it stood in the period, each "
            + "organisation where it sat last during it; CURRENT: today's, organisations merged, renamed or split since "
            + "counted for their successors (case ignored)";

    private final RollupService rollups;
    private final CompletenessService completeness;
    private final IndicatorService indicators;

    RollupResource(RollupService rollups, CompletenessService completeness, IndicatorService indicators) {
        this.rollups = rollups;
        this.completeness = completeness;
        this.indicators = indicators;
    }

    /** The words of an export in the language of the request's Accept-Language (Vietnamese without one). */
    private ExportLabels labels() {
        Language language = CurrentRequest.language();
        return new ExportLabels(language, language == Language.EN ? indicators.englishNames() : Map.of());
    }

    @GET
    @Operation(operationId = "getRollup", summary = "Indicator values of an organisation's subtree for one period, "
            + "from accepted (optionally also submitted) reports, with drill-down by direct subordinate; "
            + "JSON, CSV or XLSX", description = "CSV and XLSX are worded in the language of Accept-Language: "
            + "Vietnamese headings, levels and results by default, English with en; indicator names from the "
            + "catalogue in the same language.")
    @APIResponse(responseCode = "200", description = "The roll-up", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RollupResponse.class)),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte-order mark; one row for the total, the organisation itself and "
                            + "each direct subordinate")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response rollup(
            @Parameter(description = "Code of the organisation; default the caller's own", example = "TU-QUANGTRI")
            @QueryParam("organization") String organization,
            @Parameter(description = "Period kind", required = true) @QueryParam("periodKind")
            ReportingPeriodKind periodKind,
            @Parameter(description = "Year of the period", required = true, example = "2025")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Comma-separated indicator codes: counts, rates of the catalogue, or indicators "
                    + "named by plan targets; default all counts and rates", example = "NEW_MEMBER_RATE,ORGS_GOOD_RATE")
            @QueryParam("indicators") String indicators,
            @Parameter(description = "Also count submitted reports not yet accepted", example = "false",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeSubmitted") Boolean includeSubmitted,
            @Parameter(description = HIERARCHY, example = "PERIOD") @QueryParam("hierarchy")
            RollupHierarchy hierarchy,
            @Parameter(description = "json, csv or xlsx; overrides Accept", example = "xlsx",
                    schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.of(format, headers.getAcceptableMediaTypes());
        RollupResponse rollup = RollupMapper.toResponse(rollups.rollup(new RollupService.Request(organization, periodKind,
                year, indicators, includeSubmitted, hierarchy)));
        return switch (as) {
            case JSON -> Response.ok(rollup, as.mediaType()).build();
            case CSV -> file(SpreadsheetWriter.csv(RollupTables.rollup(rollup, labels())), as, "rollup", rollup.organization(),
                    rollup.periodKind(), rollup.year());
            case XLSX -> file(SpreadsheetWriter.xlsx(List.of(RollupTables.rollup(rollup, labels()))), as, "rollup",
                    rollup.organization(), rollup.periodKind(), rollup.year());
        };
    }

    @GET
    @Path("/completeness")
    @Operation(operationId = "getReportingCompleteness", summary = "Completeness (submitted ÷ due) and timeliness "
            + "(on time ÷ due) of an organisation's subtree for one period, per direct subordinate and per level, "
            + "with the organisations that have not reported; JSON, CSV or XLSX",
            description = "CSV and XLSX are worded in the language of Accept-Language: Vietnamese headings, levels "
                    + "and statuses by default, English with en. XLSX has a second sheet listing who has not reported.")
    @APIResponse(responseCode = "200", description = "The completeness table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompletenessResponse.class)),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte-order mark: the table (total, own, subordinates, levels)")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "Two sheets: the table, and the organisations that have not reported"))})
    public Response completeness(
            @Parameter(description = "Code of the organisation; default the caller's own", example = "TU-QUANGTRI")
            @QueryParam("organization") String organization,
            @Parameter(description = "Period kind", required = true) @QueryParam("periodKind")
            ReportingPeriodKind periodKind,
            @Parameter(description = "Year of the period", required = true, example = "2025")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = HIERARCHY, example = "PERIOD") @QueryParam("hierarchy")
            RollupHierarchy hierarchy,
            @Parameter(description = "json, csv or xlsx; overrides Accept", example = "csv",
                    schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.of(format, headers.getAcceptableMediaTypes());
        CompletenessResponse table = RollupMapper.toResponse(completeness.completeness(
                new CompletenessService.Request(organization, periodKind, year, hierarchy)));
        return switch (as) {
            case JSON -> Response.ok(table, as.mediaType()).build();
            case CSV -> file(SpreadsheetWriter.csv(RollupTables.completeness(table, labels()).getFirst()), as, "completeness",
                    table.organization(), table.periodKind(), table.year());
            case XLSX -> file(SpreadsheetWriter.xlsx(RollupTables.completeness(table, labels())), as, "completeness",
                    table.organization(), table.periodKind(), table.year());
        };
    }

    private static Response file(byte[] content, ExportFormat format, String what,
            OrganizationSummary organization, ReportingPeriodKind kind, int year) {
        return format.file(content, what + "-" + organization.code() + "-" + kind + "-" + year);
    }
}
