package vn.cascade.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the few fields Cascade's overlays use:
 * {@code resources} (files and directories), {@code namespace}, {@code images} and {@code patches} (a strategic
 * merge patch naming its resource, or a JSON 6902 patch with a {@code target}). Any other field fails the
 * render, so an overlay cannot use a feature these checks would silently ignore. No binary is downloaded.
 *
 * <p>Merge rules as kustomize applies them: for built-in kinds, lists of named items (containers, env,
 * volumes) merge by name; for custom resources (a JSON merge patch) every list is replaced whole.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");

    private Kustomize() {
    }

    static List<Map<String, Object>> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No kustomization.yaml in " + Repository.ROOT.relativize(directory));
        }
        Map<String, Object> kustomization = Yaml.single(file);
        for (String field : kustomization.keySet()) {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(Repository.ROOT.relativize(file) + ": field '" + field
                        + "' is not rendered by deployment-checks (Kustomize.java); use " + SUPPORTED);
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : Yaml.list(kustomization, "resources")) {
            Path resource = directory.resolve(entry.toString()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else if (Files.isRegularFile(resource)) {
                resources.addAll(manifests(resource));
            } else {
                throw new IllegalStateException(Repository.ROOT.relativize(file) + ": resource " + entry + " does not exist");
            }
        }
        for (Object patch : Yaml.list(kustomization, "patches")) {
            applyPatch(directory, file, patch, resources);
        }
        for (Object image : Yaml.list(kustomization, "images")) {
            setImage(Yaml.map(image), resources);
        }
        String namespace = Yaml.text(kustomization, "namespace");
        if (namespace != null) {
            resources.forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        return resources;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> manifests(Path file) {
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : Yaml.documents(file)) {
            if (!(document instanceof Map<?, ?> map) || map.get("kind") == null || Yaml.text(map, "metadata", "name") == null) {
                throw new IllegalStateException(Repository.ROOT.relativize(file) + ": a document without kind or metadata.name");
            }
            manifests.add(Yaml.copy((Map<String, Object>) document));
        }
        return manifests;
    }

    @SuppressWarnings("unchecked")
    private static void applyPatch(Path directory, Path kustomization, Object entry, List<Map<String, Object>> resources) {
        String where = Repository.ROOT.relativize(kustomization) + ": patch " + entry;
        String path = Yaml.text(entry, "path");
        if (path == null) {
            throw new IllegalStateException(where + ": only patches read from a file (path) are supported");
        }
        List<Object> documents = Yaml.documents(directory.resolve(path));
        Map<String, Object> target = Yaml.map(entry, "target");
        if (documents.size() == 1 && documents.get(0) instanceof List<?> operations) {
            if (target.isEmpty()) {
                throw new IllegalStateException(where + ": a JSON 6902 patch needs a target");
            }
            int matched = 0;
            for (Map<String, Object> resource : resources) {
                if (matches(resource, target)) {
                    for (Object operation : operations) {
                        JsonPatch.apply(resource, (Map<String, Object>) operation, where);
                    }
                    matched++;
                }
            }
            if (matched == 0) {
                throw new IllegalStateException(where + ": target " + target + " matches no resource");
            }
            return;
        }
        for (Object document : documents) {
            Map<String, Object> patch = (Map<String, Object>) document;
            Map<String, Object> resource = resources.stream()
                    .filter(candidate -> Objects.equals(candidate.get("kind"), patch.get("kind"))
                            && Objects.equals(name(candidate), name(patch)))
                    .filter(candidate -> matches(candidate, target))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(where + ": no " + patch.get("kind") + " " + name(patch)));
            merge(resource, patch, isBuiltIn(resource));
        }
    }

    private static boolean matches(Map<String, Object> resource, Map<String, Object> target) {
        return (target.get("kind") == null || target.get("kind").equals(resource.get("kind")))
                && (target.get("name") == null || target.get("name").equals(name(resource)));
    }

    /** Built-in kinds have an API group without a dot (v1, apps/v1, policy/v1); custom resources have one. */
    private static boolean isBuiltIn(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        return !apiVersion.contains("/") || !apiVersion.substring(0, apiVersion.indexOf('/')).contains(".");
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch, boolean mergeNamedLists) {
        for (Map.Entry<String, Object> change : patch.entrySet()) {
            Object current = target.get(change.getKey());
            Object value = change.getValue();
            if (value == null) {
                target.remove(change.getKey());
            } else if (current instanceof Map && value instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value, mergeNamedLists);
            } else if (mergeNamedLists && current instanceof List && value instanceof List && isNamedList((List<Object>) value)) {
                mergeByName((List<Object>) current, (List<Object>) value);
            } else {
                target.put(change.getKey(), Yaml.copy(value));
            }
        }
    }

    private static boolean isNamedList(List<Object> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static void mergeByName(List<Object> current, List<Object> patch) {
        for (Object item : patch) {
            Object name = ((Map<String, Object>) item).get("name");
            Map<String, Object> existing = null;
            for (Object candidate : current) {
                if (candidate instanceof Map<?, ?> map && name.equals(map.get("name"))) {
                    existing = (Map<String, Object>) candidate;
                }
            }
            if (existing == null) {
                current.add(Yaml.copy(item));
            } else {
                merge(existing, (Map<String, Object>) item, true);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void setImage(Map<String, Object> image, List<Map<String, Object>> resources) {
        String name = Objects.requireNonNull(Yaml.text(image, "name"), "images[].name");
        for (Map<String, Object> resource : resources) {
            for (Object container : Yaml.list(resource, "spec", "template", "spec", "containers")) {
                Map<String, Object> spec = (Map<String, Object>) container;
                String reference = String.valueOf(spec.get("image"));
                int tagAt = reference.lastIndexOf(':') > reference.lastIndexOf('/') ? reference.lastIndexOf(':') : -1;
                String repository = tagAt < 0 ? reference : reference.substring(0, tagAt);
                String tag = tagAt < 0 ? null : reference.substring(tagAt + 1);
                if (repository.equals(name)) {
                    String newName = Objects.requireNonNullElse(Yaml.text(image, "newName"), repository);
                    String newTag = Objects.requireNonNullElse(Yaml.text(image, "newTag"), tag);
                    spec.put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> resource) {
        return (Map<String, Object>) resource.computeIfAbsent("metadata", key -> Yaml.orderedMap());
    }

    static String name(Map<String, Object> resource) {
        return Yaml.text(resource, "metadata", "name");
    }

    /** JSON 6902 add, replace and remove, on the paths a patch names. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        @SuppressWarnings("unchecked")
        static void apply(Map<String, Object> resource, Map<String, Object> operation, String where) {
            String op = Yaml.text(operation, "op");
            String path = Yaml.text(operation, "path");
            if (op == null || path == null || !path.startsWith("/")) {
                throw new IllegalStateException(where + ": bad operation " + operation);
            }
            List<String> steps = new ArrayList<>();
            for (String step : path.substring(1).split("/", -1)) {
                steps.add(step.replace("~1", "/").replace("~0", "~"));
            }
            Object parent = resource;
            for (Iterator<String> it = steps.subList(0, steps.size() - 1).iterator(); it.hasNext();) {
                String step = it.next();
                parent = parent instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<String, Object>) parent).get(step);
                if (parent == null) {
                    throw new IllegalStateException(where + ": " + path + " does not exist in " + name(resource));
                }
            }
            String last = steps.get(steps.size() - 1);
            Object value = Yaml.copy(operation.get("value"));
            if (parent instanceof Map<?, ?> map) {
                Map<String, Object> object = (Map<String, Object>) map;
                boolean exists = object.containsKey(last);
                switch (op) {
                    case "add" -> object.put(last, value);
                    case "replace" -> {
                        if (!exists) {
                            throw new IllegalStateException(where + ": replace of missing " + path + " in " + name(resource));
                        }
                        object.put(last, value);
                    }
                    case "remove" -> {
                        if (object.remove(last) == null) {
                            throw new IllegalStateException(where + ": remove of missing " + path + " in " + name(resource));
                        }
                    }
                    default -> throw new IllegalStateException(where + ": unsupported op " + op);
                }
            } else if (parent instanceof List<?> list) {
                List<Object> array = (List<Object>) list;
                int index = "-".equals(last) ? array.size() : Integer.parseInt(last);
                switch (op) {
                    case "add" -> array.add(index, value);
                    case "replace" -> array.set(index, value);
                    case "remove" -> array.remove(index);
                    default -> throw new IllegalStateException(where + ": unsupported op " + op);
                }
            } else {
                throw new IllegalStateException(where + ": " + path + " does not exist in " + name(resource));
            }
        }
    }
}
