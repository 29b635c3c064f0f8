package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.rest.dto.TaskCountsResponse;
import vn.cascade.plan.rest.dto.TaskNodeResponse;
import vn.cascade.plan.rest.mapping.TaskMapper;
import vn.cascade.plan.service.TaskService;

/** One plan's tasks as a tree, and their 2×2 counts (issue 19, points 3 and 4). Read where the plan is read. */
@Path("/api/v1/plans/{id}/tasks")
@Tag(name = "Tasks", description = "Tasks of issued plans: who leads them, which are done, which are late")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class PlanTaskResource {

    private final TaskService service;

    PlanTaskResource(TaskService service) {
        this.service = service;
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getPlanTaskTree", summary = "A plan's tasks as a tree, each group with its children's progress",
            description = "The tasks at the top of the plan, in its order, each with the tasks under it. Nesting comes "
                    + "from the numbers as written (\"1.1.2\" under \"1.1\", \"IV.2\" under \"IV\"): a task lies under "
                    + "the task whose number is the longest prefix of its own; an unnumbered task is at the top. A "
                    + "group's progress is derived from its children (see TaskGroupProgress). The flat list "
                    + "(GET /api/v1/tasks?plan=…, or the plan's tasks) carries parentId, parentNumber and position.")
    @APIResponse(responseCode = "200", description = "The top-level tasks with their subtrees", content = @Content(
            schema = @Schema(implementation = TaskNodeResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public List<TaskNodeResponse> tree(@PathParam("id") UUID id) {
        return service.tree(id).roots().stream().map(TaskMapper::toResponse).toList();
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "getPlanTaskCounts", summary = "The 2×2 counts of a plan's tasks: done or not, on time or late",
            description = "Every task of the plan, groups and their children alike (each cell equals the task list of "
                    + "the plan filtered by done and onTime), by today's date: done late is a task completed after its "
                    + "due date. With groupBy=leadUnit, the same per lead unit.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = TaskCountsResponse.class)))
    @APIResponse(responseCode = "400", description = "groupBy is neither leadUnit nor plan")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public TaskCountsResponse counts(@PathParam("id") UUID id,
            @Parameter(description = "leadUnit or plan; none when absent", example = "leadUnit")
            @QueryParam("groupBy") String groupBy) {
        return TaskMapper.toResponse(service.planCounts(id, TaskMapper.groupBy(groupBy)));
    }
}
