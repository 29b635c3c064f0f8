package vn.cascade.common.mechanics;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.cascade.common.idempotency.Idempotent;

/**
 * {@link ItemResource}'s write without a transaction of its own, as the services' resources are: the idempotency
 * interceptor owns the transaction and writes the audit line of a success in it.
 */
@Path("/api/v1/owned-items")
public class OwnedItemResource {

    private final EntityManager entityManager;

    OwnedItemResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    public Response create(@NotNull @Valid ItemResource.ItemRequest request, UriInfo uri,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        ItemResource.insert(entityManager, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/items/versioned/" + request.id()).build()).build();
    }
}
