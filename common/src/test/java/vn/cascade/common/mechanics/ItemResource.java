package vn.cascade.common.mechanics;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.rest.Versioned;

/** A tiny write endpoint to prove that bad input becomes problem+json and writes nothing. */
@Path("/api/v1/items")
public class ItemResource {

    public enum Colour { RED, GREEN }

    public record ItemRequest(@NotNull @Positive Long id, @NotBlank @Size(max = 20) String name, Colour colour,
            List<@NotBlank String> tags) {
    }

    /** One item as read: versioned, so it gets an ETag. */
    public record ItemView(long id, String name, long version) implements Versioned {
    }

    /** A change checked against the version read, from the body or from If-Match. */
    public record ItemChange(@NotBlank @Size(max = 20) String name, @NotNull Long version) {
    }

    private final EntityManager entityManager;

    ItemResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    public long count(@QueryParam("colour") Colour colour, @QueryParam("since") java.time.LocalDate since,
            @QueryParam("owner") java.util.UUID owner, @QueryParam("year") Integer year,
            @QueryParam("active") Boolean active) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM test_item").getSingleResult()).longValue();
    }

    /** Ends its own database connection mid-transaction, as a restart or a failover does to a request in flight. */
    @POST
    @Path("connection-lost")
    @Transactional
    public long loseConnection() {
        entityManager.createNativeQuery("SELECT pg_terminate_backend(pg_backend_pid())").getSingleResult();
        return 0;
    }

    @GET
    @Path("paged")
    public int paged(@Valid @BeanParam PageRequest page) {
        return page.paging().offset();
    }

    @GET
    @Path("{id}")
    public long one(@PathParam("id") java.util.UUID id, @QueryParam("name") String name) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM test_item WHERE name = :name")
                .setParameter("name", name == null ? "" : name).getSingleResult()).longValue();
    }

    @GET
    @Path("by-name/{name}")
    public long byName(@PathParam("name") String name) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM test_item WHERE name = :name")
                .setParameter("name", name).getSingleResult()).longValue();
    }

    @GET
    @Path("versioned/{id}")
    public ItemView read(@PathParam("id") long id) {
        List<?> rows = entityManager.createNativeQuery("SELECT id, name, version FROM test_item WHERE id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("No item " + id);
        }
        Object[] row = (Object[]) rows.getFirst();
        return new ItemView(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue());
    }

    @PUT
    @Path("versioned/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ItemView change(@PathParam("id") long id, @NotNull @Valid ItemChange change) {
        ItemView current = read(id);
        DomainException.requireVersion("The item", current.version(), change.version());
        entityManager.createNativeQuery("UPDATE test_item SET name = :name, version = version + 1 WHERE id = :id")
                .setParameter("name", change.name()).setParameter("id", id).executeUpdate();
        return new ItemView(id, change.name(), current.version() + 1);
    }

    @GET
    @Path("list")
    public PageResponse<String> list(@Valid @BeanParam PageRequest page) {
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM test_item").getSingleResult())
                .longValue();
        return new PageResponse<>(List.of(), total, page.page, page.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    public Response create(@NotNull @Valid ItemRequest request, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        insert(entityManager, request);
        return Response.noContent().build();
    }

    static void insert(EntityManager entityManager, ItemRequest request) {
        entityManager.createNativeQuery("INSERT INTO test_item (id, name) VALUES (:id, :name)")
                .setParameter("id", request.id())
                .setParameter("name", request.name())
                .executeUpdate();
        if (request.name().equals("Quảng Trị cũ")) { // a rule of the domain, broken after the write began
            throw DomainException.ruleBroken("The item cannot be created as it stands",
                    List.of(new Violation("name", "names an organisation that no longer exists")));
        }
    }
}
