package vn.cascade.common.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.cascade.common.problem.Problem;

/**
 * Makes every service's OpenAPI document exact enough to generate client SDKs and the API reference from
 * (clients/, docs/api): run at build time, so the document served at /q/openapi and the one the build stores
 * are the same.
 *
 * <ul>
 *   <li>Every 4xx/5xx response without a body gets the {@code Problem} schema as
 *       {@code application/problem+json}, which is what {@code ProblemMappers} sends: resources state only
 *       the status and what it means.</li>
 *   <li>Scalar types that SmallRye registers as components when they occur more than once ({@code UUID},
 *       {@code LocalDate}, {@code OffsetDateTime}) are written inline as {@code string} with their format:
 *       generators would otherwise make alias models of them (or clash with {@code java.time} names).</li>
 *   <li>A {@code $ref} keeps no {@code type} beside it (the referenced schema has it), and an enumeration of
 *       strings without a type is typed {@code string}.</li>
 *   <li>Component schemas no operation reaches are dropped (records of {@code common} that one service
 *       does not use would become dead model classes).</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiCleanup implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<SchemaType> SCALARS =
            Set.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER, SchemaType.BOOLEAN);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> named = components == null || components.getSchemas() == null
                ? Map.of() : components.getSchemas();
        Map<String, Schema> scalars = new LinkedHashMap<>();
        named.forEach((name, schema) -> {
            if (isPlainScalar(schema)) {
                scalars.put(name, schema);
            }
        });
        OpenApiConventions.document(openAPI);
        forEachOperation(openAPI, this::addProblemBodies);
        forEachSchema(openAPI, schema -> tidy(schema, scalars));
        scalars.keySet().forEach(components::removeSchema);
        dropUnreachableSchemas(openAPI);
    }

    private void addProblemBodies(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getRef() == null
                    && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem")));
    }

    private static boolean isPlainScalar(Schema schema) {
        List<SchemaType> type = schema.getType();
        return schema.getRef() == null && type != null && type.size() == 1 && SCALARS.contains(type.get(0))
                && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty());
    }

    private static void tidy(Schema schema, Map<String, Schema> scalars) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMAS) && scalars.containsKey(ref.substring(SCHEMAS.length()))) {
            // The alias's own keywords first, then what the use site says (its description, example) on top.
            Map<String, Object> inline = new LinkedHashMap<>(scalars.get(ref.substring(SCHEMAS.length())).getAll());
            Map<String, Object> here = new LinkedHashMap<>(schema.getAll());
            here.remove("$ref");
            here.remove("type");
            inline.putAll(here);
            schema.setRef(null);
            schema.setAll(inline);
        } else if (ref != null) {
            schema.setType(null);
        }
        List<Object> values = schema.getEnumeration();
        if (schema.getType() == null && schema.getRef() == null && values != null && !values.isEmpty()
                && values.stream().allMatch(String.class::isInstance)) {
            schema.setType(List.of(SchemaType.STRING));
        }
    }

    private static void dropUnreachableSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        List<String> pending = new ArrayList<>();
        Consumer<Schema> collect = schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS) && reached.add(ref.substring(SCHEMAS.length()))) {
                pending.add(ref.substring(SCHEMAS.length()));
            }
        };
        forEachOperationSchema(openAPI, collect);
        while (!pending.isEmpty()) {
            Schema next = components.getSchemas().get(pending.remove(pending.size() - 1));
            if (next != null) {
                walk(next, collect, new HashSet<>());
            }
        }
        new ArrayList<>(components.getSchemas().keySet()).stream()
                .filter(name -> !reached.contains(name))
                .forEach(components::removeSchema);
    }

    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> walk(schema, action, seen));
        }
        forEachOperationSchema(openAPI, schema -> walk(schema, action, seen));
    }

    private static void forEachOperationSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> once = schema -> walk(schema, action, seen);
        forEachOperation(openAPI, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    if (parameter.getSchema() != null) {
                        once.accept(parameter.getSchema());
                    }
                });
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), once);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    contentSchemas(response.getContent(), once);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(header -> {
                            if (header.getSchema() != null) {
                                once.accept(header.getSchema());
                            }
                        });
                    }
                }
            }
        });
    }

    private static void contentSchemas(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                if (mediaType.getSchema() != null) {
                    action.accept(mediaType.getSchema());
                }
            }
        }
    }

    private static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(action));
    }

    /** Visits a schema and every schema nested in it, once each. */
    private static void walk(Schema schema, Consumer<Schema> action, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(nested -> walk(nested, action, seen));
        }
        walk(schema.getItems(), action, seen);
        walk(schema.getAdditionalPropertiesSchema(), action, seen);
        walk(schema.getNot(), action, seen);
        for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(
                schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems()))) {
            if (group != null) {
                group.forEach(nested -> walk(nested, action, seen));
            }
        }
    }
}
