package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.rest.dto.TaskResponse;
import vn.cascade.plan.rest.mapping.TaskMapper;
import vn.cascade.plan.service.TaskService;
import vn.cascade.plan.service.TaskView;

@Path("/api/v1/tasks/export")
@Tag(name = "Tasks")
@Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class TaskExportResource {


    private final TaskService service;

    TaskExportResource(TaskService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "exportTasks", summary = "Tasks of issued plans across plans as CSV or XLSX, "
            + "with the filters of listTasks",
            description = "The rows listTasks gives for the same filters, in its order (due date, open-ended last), "
                    + "at most 10000: more is a 400 asking for narrower filters. Worded in the language of "
                    + "Accept-Language: Vietnamese headings and labels by default, English with en.")
    @APIResponse(responseCode = "200", description = "The tasks", content = {
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with a byte-order mark; one row a task")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "One sheet of tasks"))})
    @APIResponse(responseCode = "400", description = "Invalid filter or format, or more than 10000 tasks match")
    public Response export(
            @Parameter(description = "Only the tasks of this plan (id)") @QueryParam("plan") UUID plan,
            @Parameter(description = "Code of a lead unit (chủ trì)", example = "BTC-HU-VINHLINH") @QueryParam("leadUnit") String leadUnit,
            @Parameter(description = "Only tasks in this status", example = "IN_PROGRESS") @QueryParam("status")
            TaskStatus status,
            @Parameter(description = "Past due and not done") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Done or not done") @QueryParam("done") Boolean done,
            @Parameter(description = "On time (done by the due date or not yet due) or late") @QueryParam("onTime") Boolean onTime,
            @Parameter(description = PlanExports.FORMAT, example = "csv",
                    schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.download(format, headers.getAcceptableMediaTypes(), "the list itself");
        Page<TaskView> found = service.search(new TaskService.Query(plan, leadUnit, status, overdue, done, onTime, null),
                new Paging(0, ExportFormat.MAX_ROWS));
        ExportFormat.checkRows(found.total());
        List<TaskResponse> tasks = found.items().stream().map(TaskMapper::toResponse).toList();
        SpreadsheetWriter.Table table = new PlanTables(CurrentRequest.language()).tasks(tasks, null);
        byte[] content = as == ExportFormat.XLSX ? SpreadsheetWriter.xlsx(List.of(table)) : SpreadsheetWriter.csv(table);
        return as.file(content, "tasks");
    }
}
