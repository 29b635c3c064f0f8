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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.export.ExportFormat;
import vn.cascade.common.export.SpreadsheetWriter;
import vn.cascade.common.http.CurrentRequest;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.rest.dto.ObligationResponse;
import vn.cascade.reporting.rest.mapping.ObligationMapper;
import vn.cascade.reporting.service.ObligationService;

@Path("/api/v1/obligations/export")
@Tag(name = "Reporting obligations")
@Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class ObligationExportResource {


    private final ObligationService service;

    ObligationExportResource(ObligationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "exportObligations", summary = "Reporting obligations with their status as CSV or XLSX, "
            + "with the filters of listObligations",
            description = "The rows listObligations gives for the same filters and scope, by due date, at most 10000: "
                    + "more is a 400 asking for narrower filters. Worded in the language of Accept-Language: "
                    + "Vietnamese headings, period kinds and statuses by default, English with en.")
    @APIResponse(responseCode = "200", description = "The obligations", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte-order mark; one row an obligation")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "One sheet of obligations"))})
    @APIResponse(responseCode = "400", description = "Invalid filter or format, or more than 10000 obligations match")
    @APIResponse(responseCode = "404", description = "includeSubtree: no such organisation")
    public Response export(
            @Parameter(description = "Code of the reporting organisation; default the caller's own unless a recipient is given",
                    example = "QU-HAICHAU") @QueryParam("organization") String organization,
            @Parameter(description = "Code of the organisation the reports go to", example = "TU-DANANG")
            @QueryParam("recipient") String recipient,
            @Parameter(description = "Obligations of one plan") @QueryParam("planId") UUID planId,
            @Parameter(description = "Period kind") @QueryParam("periodKind") ReportingPeriodKind periodKind,
            @Parameter(description = "Year of the period", example = "2023")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Status") @QueryParam("status") ObligationStatus status,
            @Parameter(description = "true: what the organisation (default the caller's own) and every organisation "
                    + "below it in today's hierarchy owe; it must lie in the caller's subtree", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeSubtree") Boolean includeSubtree,
            @Parameter(description = "csv (default) or xlsx; overrides Accept", example = "xlsx",
                    schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.download(format, headers.getAcceptableMediaTypes(), "listObligations");
        Page<ReportingObligation> found = service.search(new ObligationService.Filter(organization, recipient, planId,
                periodKind, year, status, Boolean.TRUE.equals(includeSubtree), null), new Paging(0, ExportFormat.MAX_ROWS));
        ExportFormat.checkRows(found.total());
        List<ObligationResponse> obligations = found.items().stream().map(ObligationMapper::toResponse).toList();
        SpreadsheetWriter.Table table = ObligationTables.obligations(obligations,
                new ExportLabels(CurrentRequest.language(), Map.of()));
        byte[] content = as == ExportFormat.XLSX ? SpreadsheetWriter.xlsx(List.of(table)) : SpreadsheetWriter.csv(table);
        return as.file(content, "obligations");
    }
}
