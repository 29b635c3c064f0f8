package vn.cascade.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.annotation.Annotation;
import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caching and offline sync for clients, in one place for every resource:
 * <ul>
 *   <li>a {@link Versioned} response gets a strong {@code ETag}, {@code "<version>.<digest>"}: the version the
 *       client sends back on a change (in the body or as {@code If-Match}), and a digest of the JSON so that a
 *       representation that changes without its version (a name resolved later, say) never gets a 304;</li>
 *   <li>a GET whose {@code If-None-Match} holds that tag is answered 304 Not Modified without a body;</li>
 *   <li>a {@link PageResponse} gets RFC 8288 {@code Link} headers ({@code first}, {@code prev}, {@code next},
 *       {@code last}) to the neighbouring pages, the request's other parameters kept.</li>
 * </ul>
 */
public class ConditionalRequests {

    public static final String ETAG = "ETag";
    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String IF_MATCH = "If-Match";

    /** How many answers' bytes are remembered, by identity (a slot each, the newest answer in its slot wins). */
    private static final int RENDERED_SLOTS = 64;

    /**
     * The bytes and tag of an answer, held for as long as the answer object lives: a read model that hands out the
     * very same (immutable) answer again, as plan-service's {@code PlanAnswers} does, has it serialised and digested
     * once, not on every request (issue 18, docs/benchmarks.md run 6).
     */
    private record Rendered(WeakReference<Object> answer, byte[] body, String tag) {
    }

    private final ObjectMapper json;
    private final AtomicReferenceArray<Rendered> rendered = new AtomicReferenceArray<>(RENDERED_SLOTS);

    ConditionalRequests(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tagAndLink(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 300) {
            return;
        }
        if (response.getEntity() instanceof Versioned versioned) {
            tag(request, response, versioned);
        } else if (response.getEntity() instanceof PageResponse<?> page
                && HttpMethod.GET.equals(request.getMethod())) {
            link(request, response, page);
        }
    }

    private void tag(ContainerRequestContext request, ContainerResponseContext response, Versioned versioned) {
        MediaType type = response.getMediaType();
        boolean asJson = type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
        byte[] body;
        String tag;
        int slot = Math.floorMod(System.identityHashCode(versioned), RENDERED_SLOTS);
        Rendered seen = asJson ? rendered.get(slot) : null;
        if (seen != null && seen.answer().get() == versioned) {
            body = seen.body();
            tag = seen.tag();
        } else {
            body = asJson ? serialised(versioned) : null;
            tag = entityTag(versioned, body);
            if (body != null) {
                rendered.set(slot, new Rendered(new WeakReference<>(versioned), body, tag));
            }
        }
        response.getHeaders().putSingle(ETAG, tag);
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        String ifNoneMatch = request.getHeaderString(IF_NONE_MATCH);
        if (read && ifNoneMatch != null && matchesAny(ifNoneMatch, tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove("Content-Type");
        } else if (body != null) {
            // the representation the tag was computed from is the one sent: serialised once, not twice
            response.setEntity(body, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** {@code "3.1f0c2a9b"}: the version, then the first 8 bytes of the SHA-256 of the JSON representation. */
    private String entityTag(Versioned versioned, byte[] body) {
        try {
            byte[] representation = body != null ? body : json.writeValueAsBytes(versioned);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + versioned.version() + "." + HexFormat.of().formatHex(hash, 0, 8) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            return "\"" + versioned.version() + "\"";
        }
    }

    private byte[] serialised(Versioned versioned) {
        try {
            return json.writeValueAsBytes(versioned);
        } catch (JsonProcessingException e) {
            return null; // the writer then serialises (and reports) as for any other entity
        }
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): a {@code W/} prefix is ignored; {@code *} matches. */
    private static boolean matchesAny(String header, String tag) {
        for (String candidate : header.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The version an entity tag of {@link #entityTag} stands for; empty for a weak tag (If-Match compares
     * strongly) or anything else.
     */
    public static Optional<Long> versionOf(String tag) {
        String value = tag.strip();
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            return Optional.empty();
        }
        String inner = value.substring(1, value.length() - 1);
        int dot = inner.indexOf('.');
        String version = dot < 0 ? inner : inner.substring(0, dot);
        if (version.isEmpty() || version.length() > 18 || !version.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(version));
    }

    private static void link(ContainerRequestContext request, ContainerResponseContext response, PageResponse<?> page) {
        long lastPage = page.total() == 0 ? 0 : (page.total() - 1) / Math.max(page.size(), 1);
        lastPage = Math.min(lastPage, PageRequest.MAX_PAGE);
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(request, Math.min(page.page() - 1, lastPage), page.size(), "prev"));
        }
        if (page.page() < lastPage) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        links.add(link(request, lastPage, page.size(), "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    /**
     * A reference of the query alone ({@code <?page=1&size=20>}), resolved against the request's own address
     * (RFC 3986 5.2): it holds behind a gateway that serves the API under another host or path prefix.
     */
    private static String link(ContainerRequestContext request, long page, int size, String relation) {
        String query = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .replaceQueryParam("page").replaceQueryParam("size") // removed, then written last
                .queryParam("page", page).queryParam("size", size).build().getRawQuery();
        return "<?" + query + ">; rel=\"" + relation + "\"";
    }
}
