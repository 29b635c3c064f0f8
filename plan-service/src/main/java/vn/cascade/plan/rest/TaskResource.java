package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.rest.dto.ReportedProgressResponse;
import vn.cascade.plan.rest.dto.TaskCountsResponse;
import vn.cascade.plan.rest.dto.TaskPage;
import vn.cascade.plan.rest.dto.TaskProgressRequest;
import vn.cascade.plan.rest.dto.TaskResponse;
import vn.cascade.plan.rest.mapping.TaskMapper;
import vn.cascade.plan.service.TaskService;

@Path("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks of issued plans: who leads them, which are done, which are late")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class TaskResource {

    private final TaskService service;

    TaskResource(TaskService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTasks", summary = "Tasks of issued plans by plan, lead unit, status, overdue, done, on time",
            description = "By due date (open-ended last), then plan and position. With updatedSince, only the tasks "
                    + "that changed at or after that instant, by updatedAt then id: progress recorded on them, or their "
                    + "plan amended, completed or revoked (planStatus REVOKED: the task is withdrawn). A task an "
                    + "amendment dropped is not listed: its plan is (listPlans with updatedSince), and the plan's "
                    + "tasks are the ones it has now. Pages carry RFC 8288 Link headers (first, prev, next, last).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TaskPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public PageResponse<TaskResponse> list(
            @Parameter(description = "Only the tasks of this plan (id)") @QueryParam("plan") UUID plan,
            @Parameter(description = "Code of a lead unit (chủ trì)", example = "BTC-HU-VINHLINH") @QueryParam("leadUnit") String leadUnit,
            @Parameter(description = "Only tasks in this status", example = "IN_PROGRESS") @QueryParam("status")
            TaskStatus status,
            @Parameter(description = "Past due and not done") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Done or not done") @QueryParam("done") Boolean done,
            @Parameter(description = "On time (done by the due date or not yet due) or late") @QueryParam("onTime") Boolean onTime,
            @Parameter(description = "Offline sync: only tasks changed at or after this instant (ISO-8601 with offset), "
                    + "those of revoked plans included, ordered by updatedAt then id; send the greatest updatedAt "
                    + "already held", example = "2025-01-31T08:00:00+07:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        TaskService.Query query = new TaskService.Query(plan, leadUnit, status, overdue, done, onTime, updatedSince);
        return PageResponse.of(service.search(query, page.paging()), TaskMapper::toResponse);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countTasks", summary = "The 2×2 counts of tasks across issued plans: done or not, on time or late",
            description = "The tasks of issued plans (amended and completed ones included) — readable by every reader, "
                    + "as the task list — of the plans issued in an organisation's subtree when one is named, of one "
                    + "lead unit when named; by today's date. Grouped per lead unit or per plan on request.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = TaskCountsResponse.class)))
    @APIResponse(responseCode = "400", description = "groupBy is neither leadUnit nor plan")
    @APIResponse(responseCode = "404", description = "No organisation with that code")
    public TaskCountsResponse counts(
            @Parameter(description = "Only the plans issued by this organisation or below it", example = "HU-VINHLINH")
            @QueryParam("organization") String organization,
            @Parameter(description = "Code of a lead unit (chủ trì)", example = "BTC-HU-VINHLINH") @QueryParam("leadUnit")
            String leadUnit,
            @Parameter(description = "leadUnit or plan; none when absent", example = "leadUnit")
            @QueryParam("groupBy") String groupBy) {
        return TaskMapper.toResponse(service.counts(organization, leadUnit, TaskMapper.groupBy(groupBy)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "A task by id",
            description = "The ETag answers If-None-Match with 304 while the task is unchanged.")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "404", description = "No such task")
    public TaskResponse get(@PathParam("id") UUID id) {
        return TaskMapper.toResponse(service.get(id));
    }

    @GET
    @Path("/{id}/reported-progress")
    @Operation(operationId = "listReportedTaskProgress",
            summary = "The progress each reporting organisation stated for the task in its latest accepted report",
            description = "One entry per organisation that reported on the task: the status, percentage and note of its "
                    + "latest accepted report, and which report and period it came from. Only lead units' reports also "
                    + "move the task's own progress.")
    @APIResponse(responseCode = "200", description = "By organisation code", content = @Content(
            schema = @Schema(implementation = ReportedProgressResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such task")
    public List<ReportedProgressResponse> reportedProgress(@PathParam("id") UUID id) {
        return service.reportedProgress(id).stream().map(TaskMapper::toResponse).toList();
    }

    @PUT
    @Path("/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER})
    @Operation(operationId = "recordTaskProgress", summary = "Record a task's status and progress (issuer of the plan or a lead unit)",
            description = "With the version read (body or If-Match), a stale one is refused (409, or 412 with "
                    + "If-Match) and nothing changes. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid progress")
    @APIResponse(responseCode = "404", description = "No such task")
    @APIResponse(responseCode = "409", description = "The plan is not in force, or the task changed since the version read")
    public TaskResponse recordProgress(@PathParam("id") UUID id, @NotNull @Valid TaskProgressRequest request) {
        return TaskMapper.toResponse(service.recordProgress(id, request.status(), request.percent(), request.note(),
                request.version()));
    }
}
