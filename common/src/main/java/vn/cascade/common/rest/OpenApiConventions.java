package vn.cascade.common.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what common does for every operation, so that generated SDKs know it: {@code Accept-Language} (once,
 * in the document's description);
 * on a read of one versioned resource the {@code ETag}, {@code If-None-Match} and its 304; on a change whose
 * body carries a {@code version}, {@code If-Match} and its 412; on a page of a list, the {@code Link} header.
 * Called by {@link OpenApiCleanup} before it gives error responses their problem body.
 */
final class OpenApiConventions {

    private static final String SCHEMAS = "#/components/schemas/";

    private OpenApiConventions() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        // Accept-Language holds for every operation alike: said once for the document, not as a parameter of each
        // operation (a generated SDK would otherwise ask for it on every call; clients set it as a default header).
        if (openAPI.getInfo() != null) {
            String description = openAPI.getInfo().getDescription() == null ? "" : openAPI.getInfo().getDescription() + "\n\n";
            openAPI.getInfo().setDescription(description + "Every operation answers in the language of the request's "
                    + "Accept-Language header: problem titles and details, validation messages and export labels in "
                    + "Vietnamese (vi, the default) or English (en).");
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> {
                describeConventionalParameters(path, operation);
                APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
                Schema answer = ok == null ? null : jsonSchema(ok.getContent(), components);
                if (method == PathItem.HttpMethod.GET && ok != null && answer != null && hasProperty(answer, "version")) {
                    ok.addHeader(ConditionalRequests.ETAG, header("Entity tag of this version of the resource: send "
                            + "it in If-None-Match to revalidate, or in If-Match to change it"));
                    addHeaderParameter(operation, ConditionalRequests.IF_NONE_MATCH, "Entity tag of the copy the client "
                            + "holds: 304 Not Modified when it is still current", "\"3.1f0c2a9b5d3e7a41\"");
                    operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                            .description("Not modified: the copy the client holds (If-None-Match) is current"));
                }
                if (method == PathItem.HttpMethod.GET && ok != null && answer != null && hasProperty(answer, "items")
                        && hasProperty(answer, "total")) {
                    ok.addHeader("Link", header("RFC 8288 links to the first, previous, next and last pages, as "
                            + "query references relative to the request (<?page=1&size=20>; rel=\"next\")"));
                }
                Schema body = operation.getRequestBody() == null ? null
                        : jsonSchema(operation.getRequestBody().getContent(), components);
                if (body != null && (hasProperty(body, "version") || nestedVersion(body, components))) {
                    addHeaderParameter(operation, ConditionalRequests.IF_MATCH, "The ETag read, in place of the body's "
                            + "version: a stale one is answered 412 and changes nothing", "\"3.1f0c2a9b5d3e7a41\"");
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponse("412") == null) {
                        operation.getResponses().addAPIResponse("412", OASFactory.createAPIResponse()
                                .description("If-Match names another version than the current one, or cannot be read"));
                    }
                }
            });
        });
    }

    /**
     * The parameters every service names the same way, described once here: the Idempotency-Key of common's
     * {@code @Idempotent} POSTs, and {@code /things/{id}}: the id of a thing. Any other parameter a resource leaves
     * undescribed stays undescribed, and the service contract test names it.
     */
    private static void describeConventionalParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getDescription() == null && parameter.getRef() == null
                    && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                parameter.setDescription("A key the client chooses for this request (a UUID, say) so that retrying it is "
                        + "safe: a retry with the same key gets the first response again and changes nothing");
            }
            String collection = collectionBefore(path, "{" + parameter.getName() + "}");
            if (parameter.getDescription() == null && parameter.getRef() == null && parameter.getIn() == Parameter.In.PATH
                    && "id".equals(parameter.getName()) && collection != null) {
                parameter.setDescription("Id of the " + collection.replace('-', ' '));
            }
        }
    }

    /** {@code /api/v1/plans/{id}/history}, {@code {id}} → {@code plan}: the collection the segment names one of. */
    private static String collectionBefore(String path, String segment) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals(segment) && segments[i - 1].endsWith("s") && segments[i - 1].length() > 1) {
                return segments[i - 1].substring(0, segments[i - 1].length() - 1);
            }
        }
        return null;
    }

    private static void addHeaderParameter(Operation operation, String name, String description, String example) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /** The JSON schema of a content, its reference followed. */
    private static Schema jsonSchema(Content content, Map<String, Schema> components) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        MediaType json = content.getMediaTypes().get("application/json");
        Schema schema = json == null ? null : json.getSchema();
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            return components.get(schema.getRef().substring(SCHEMAS.length()));
        }
        return schema;
    }

    /** A body one of whose properties carries the version (an amendment's content). */
    private static boolean nestedVersion(Schema body, Map<String, Schema> components) {
        if (body.getProperties() == null) {
            return false;
        }
        return body.getProperties().values().stream().map(property -> property.getRef() != null
                        && property.getRef().startsWith(SCHEMAS) ? components.get(property.getRef().substring(SCHEMAS.length()))
                        : property)
                .anyMatch(property -> property != null && hasProperty(property, "version"));
    }

    private static boolean hasProperty(Schema schema, String name) {
        return schema.getProperties() != null && schema.getProperties().containsKey(name);
    }
}
