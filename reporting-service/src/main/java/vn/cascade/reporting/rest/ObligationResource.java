package vn.cascade.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.rest.dto.CalendarResponse;
import vn.cascade.reporting.rest.dto.ObligationPage;
import vn.cascade.reporting.rest.dto.ObligationResponse;
import vn.cascade.reporting.rest.dto.ReportResponse;
import vn.cascade.reporting.rest.mapping.ObligationMapper;
import vn.cascade.reporting.rest.mapping.ReportMapper;
import vn.cascade.reporting.service.ObligationService;
import vn.cascade.reporting.service.ReportService;

@Path("/api/v1/obligations")
@Tag(name = "Reporting obligations", description = "Who owes which report, for which period, by when")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class ObligationResource {

    private final ObligationService service;
    private final ReportService reports;

    ObligationResource(ObligationService service, ReportService reports) {
        this.service = service;
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "listObligations", summary = "Obligations the caller's organisation owes or receives, "
            + "or those of an organisation's whole subtree, by due date then id; by default those it owes",
            description = "Without an organisation or recipient, what the caller's organisation owes. With "
                    + "updatedSince, only what changed at or after that instant, cancelled obligations included, by "
                    + "updatedAt then id: an app keeps the greatest updatedAt it saw and asks again from there. Pages "
                    + "carry RFC 8288 Link headers (first, prev, next, last) beside the total.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ObligationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    @APIResponse(responseCode = "404", description = "includeSubtree: no such organisation")
    public PageResponse<ObligationResponse> list(
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
            @Parameter(description = "Offline sync: only obligations changed at or after this instant (ISO-8601 with "
                    + "offset), cancelled ones included, ordered by updatedAt then id; send the greatest updatedAt "
                    + "already held", example = "2025-01-31T08:00:00+07:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(service.search(new ObligationService.Filter(organization, recipient, planId, periodKind,
                year, status, Boolean.TRUE.equals(includeSubtree), updatedSince), page.paging()),
                ObligationMapper::toResponse);
    }

    @GET
    @Path("/calendar")
    @Operation(operationId = "getObligationCalendar",
            summary = "What the caller's organisation owes next and what is owed to it, by due date",
            description = "The obligations due in [from, to] that the organisation owes and those owed to it, each "
                    + "list by due date; cancelled ones are left out. Administrators may ask for any organisation.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid window")
    public CalendarResponse calendar(
            @Parameter(description = "Due on or after; default today", example = "2023-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Due on or before; default 90 days after from; at most 366 days after it",
                    example = "2023-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Administrators only: whose calendar", example = "TU-DANANG")
            @QueryParam("organization") String organization) {
        return ObligationMapper.toResponse(service.calendar(organization, from, to));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObligation", summary = "An obligation the caller's organisation owes or receives",
            description = "The ETag answers If-None-Match with 304 while the obligation is unchanged.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such obligation visible to the caller")
    public ObligationResponse get(@PathParam("id") UUID id) {
        return ObligationMapper.toResponse(service.get(id));
    }

    @GET
    @Path("/{id}/report")
    @Operation(operationId = "getObligationReport", summary = "The report answering an obligation",
            description = "The report the obligation's organisation wrote for it, as the caller may see it: the "
                    + "reporting organisation in every state, the recipient's side once submitted. 404 when there is "
                    + "none the caller may see.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No report visible to the caller answers the obligation")
    public ReportResponse report(@PathParam("id") UUID id) {
        return ReportMapper.toResponse(reports.forObligation(id));
    }
}
