package vn.cascade.reporting.rest;

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
import vn.cascade.reporting.rest.dto.ReportDiffResponse;
import vn.cascade.reporting.rest.dto.ReportVersionResponse;
import vn.cascade.reporting.rest.dto.ReviewCommentResponse;
import vn.cascade.reporting.rest.mapping.ReportHistoryMapper;
import vn.cascade.reporting.service.ReportHistory;

/** A report's versions and review thread (issue 19): read by whoever may read the report. */
@Path("/api/v1/reports/{id}")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class ReportHistoryResource {

    private final ReportHistory history;

    ReportHistoryResource(ReportHistory history) {
        this.history = history;
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listReportVersions", summary = "Each submission and review of a report, oldest first",
            description = "The report as each submission sent it and as each review left it: figures, task progress "
                    + "and narrative, with the submission number, status, when and by whom. Drafts between "
                    + "submissions are not kept.")
    @APIResponse(responseCode = "200", description = "Oldest first; empty until the first submission",
            content = @Content(schema = @Schema(implementation = ReportVersionResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such report visible to the caller")
    public List<ReportVersionResponse> versions(@PathParam("id") UUID id) {
        return history.versions(id).stream().map(version -> new ReportVersionResponse(version.version(),
                version.submission(), version.status(), version.changedAt(), version.changedBy(),
                version.content().indicators(), version.content().taskProgress(), version.content().narrative()))
                .toList();
    }

    @GET
    @Path("/versions/{n}/diff")
    @Operation(operationId = "diffReportVersions", summary = "What changed from one version of a report to another",
            description = "From version `against` (by default the version before n) to version n, numbered as "
                    + "listed by GET …/versions: the plain fields that differ with both values, the indicator values "
                    + "added, removed or changed, the task progress added, removed or changed (with the names of the "
                    + "fields that differ), and the narrative sections written, emptied or rewritten. `against` may be "
                    + "later than n: the changes then read backwards.")
    @APIResponse(responseCode = "200", description = "The changes; identical when there are none",
            content = @Content(schema = @Schema(implementation = ReportDiffResponse.class)))
    @APIResponse(responseCode = "400", description = "n or against is not a number")
    @APIResponse(responseCode = "404", description = "No such report visible to the caller, or no such version")
    public ReportDiffResponse diff(@PathParam("id") UUID id,
            @Parameter(description = "The version whose changes are shown", example = "4") @PathParam("n") long n,
            @Parameter(description = "The version compared with; the one before n when absent", example = "1")
            @QueryParam("against") Long against) {
        return ReportHistoryMapper.toResponse(history.diff(id, n, against));
    }

    @GET
    @Path("/comments")
    @Operation(operationId = "listReportComments", summary = "The review thread of a report, oldest first",
            description = "Every review (accepted or returned) with its author, time, the submission it reviewed and "
                    + "the version it left; a report returned twice keeps both comments. The report's reviewComment "
                    + "is the last of them.")
    @APIResponse(responseCode = "200", description = "Oldest first; empty until the first review",
            content = @Content(schema = @Schema(implementation = ReviewCommentResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such report visible to the caller")
    public List<ReviewCommentResponse> comments(@PathParam("id") UUID id) {
        return history.comments(id).stream().map(comment -> new ReviewCommentResponse(comment.id(), comment.author(),
                comment.writtenAt(), comment.reportVersion(), comment.submission(), comment.outcome(),
                comment.comment())).toList();
    }
}
