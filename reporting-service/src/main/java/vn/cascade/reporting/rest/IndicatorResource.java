package vn.cascade.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.rest.dto.IndicatorPage;
import vn.cascade.reporting.rest.dto.IndicatorRequest;
import vn.cascade.reporting.rest.dto.IndicatorResponse;
import vn.cascade.reporting.rest.mapping.IndicatorMapper;
import vn.cascade.reporting.service.IndicatorService;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue: what reports carry, how roll-ups aggregate it, "
        + "what targets name")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class IndicatorResource {

    private final IndicatorService service;

    IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "listIndicators", summary = "The indicators of the catalogue, in display order",
            description = "Counts and rates, with their Vietnamese and English names, unit, the counts a rate divides, "
                    + "aliases and the years they are valid in: what a report may carry and a roll-up sums.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = IndicatorPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid page")
    public PageResponse<IndicatorResponse> list(@Valid @BeanParam PageRequest page) {
        return PageResponse.of(service.list(page.paging()), IndicatorMapper::toResponse);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "getIndicator", summary = "One indicator of the catalogue, by its code",
            description = "The ETag answers If-None-Match with 304 while the indicator is unchanged.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorResponse get(@Parameter(description = "The indicator's code", example = "ORGS_GOOD_RATE")
            @PathParam("code") String code) {
        return IndicatorMapper.toResponse(service.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addIndicator", summary = "Add an indicator: reports can carry it, roll-ups sum it and "
            + "targets naming it are assessed, with no deployment",
            description = "A count, or a rate dividing two counts of the catalogue. The Location header names the new "
                    + "indicator.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid code, names, kind, unit or dates")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "A rate that does not divide two counts of the catalogue, "
            + "or an alias that names another indicator")
    public Response add(@NotNull @Valid IndicatorRequest request, UriInfo uri) {
        if (request.code() == null) {
            throw ProblemException.invalid("code", "name the new indicator");
        }
        IndicatorResponse added = IndicatorMapper.toResponse(service.add(
                IndicatorMapper.toDefinition(request.code(), request)));
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeIndicator", summary = "Change an indicator's names, unit, parts, aliases or "
            + "validity, at the version read; the code stays",
            description = "At the version read, in the body or as If-Match: a stale one is 409, or 412 with If-Match, "
                    + "and changes nothing. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content, or no version")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "A rate that does not divide two counts of the catalogue, "
            + "a count that rates divide turned into a rate, or an alias that names another indicator")
    public IndicatorResponse change(@Parameter(description = "The indicator's code", example = "ORGS_GOOD_RATE")
            @PathParam("code") String code,
            @NotNull @Valid IndicatorRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid("code", "the code of an indicator never changes; leave it out");
        }
        return IndicatorMapper.toResponse(service.change(code, request.version(),
                IndicatorMapper.toDefinition(code, request)));
    }
}
