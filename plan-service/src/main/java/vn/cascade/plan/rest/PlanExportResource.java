package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
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
import vn.cascade.plan.rest.dto.PlanResponse;
import vn.cascade.plan.rest.mapping.PlanMapper;
import vn.cascade.plan.service.PlanQueries;

@Path("/api/v1/plans/{id}/export")
@Tag(name = "Plans")
@Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "400", description = "Unknown format")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
@APIResponse(responseCode = "404", description = "No such plan visible to the caller")
public class PlanExportResource {

    private final PlanQueries queries;

    PlanExportResource(PlanQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "exportPlan", summary = "A plan with its tasks as CSV or XLSX",
            description = "Worded in the language of Accept-Language: Vietnamese headings and labels by default, "
                    + "English with en. CSV: one row a task, beside the plan's symbol, status and issuer. XLSX: a "
                    + "sheet with the plan's fields, and that task sheet. Drafts only inside the issuer's chain, as "
                    + "getPlan.")
    @APIResponse(responseCode = "200", description = "The plan and its tasks", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte-order mark; one row a task")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "Two sheets: the plan's fields, and its tasks"))})
    public Response export(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
            @Parameter(description = PlanExports.FORMAT, example = "xlsx",
                    schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.download(format, headers.getAcceptableMediaTypes(), "the list itself");
        PlanResponse plan = PlanMapper.toResponse(queries.get(id));
        PlanTables tables = new PlanTables(CurrentRequest.language());
        SpreadsheetWriter.Table tasks = tables.tasks(plan.tasks(), plan);
        byte[] content = as == ExportFormat.XLSX ? SpreadsheetWriter.xlsx(List.of(tables.plan(plan), tasks))
                : SpreadsheetWriter.csv(tasks);
        String stem = "plan-" + (plan.symbol() == null ? plan.id().toString() : plan.symbol()
                .replaceAll("[^A-Za-z0-9-]+", "_"));
        return as.file(content, stem);
    }
}
