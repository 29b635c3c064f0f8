package vn.cascade.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deployment must give one service, read from its real configuration: common's
 * {@code META-INF/microprofile-config.properties} overridden by the service's {@code application.properties}
 * (profile-prefixed keys such as {@code %test.} left out, as in production).
 *
 * <p>Every environment variable those files reference ({@code ${DIRECTIVE_DB_URL:jdbc:...localhost...}}) is
 * required: their defaults are a developer's machine (localhost, the postgres superuser, an empty password)
 * and are wrong in any deployment.
 */
record ServiceConfig(String name, int httpPort, Set<String> requiredEnvironment, String deadLetterTopic,
        Map<String, String> properties) {

    /** Quarkus's management interface (health, metrics) in the packaged services: its default port. */
    static final int MANAGEMENT_PORT = 9000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final String COMMON = "common/src/main/resources/META-INF/microprofile-config.properties";

    /** The parent pom's modules that are services: those with an HTTP port of their own. */
    static List<ServiceConfig> all() {
        List<ServiceConfig> services = new ArrayList<>();
        Matcher modules = MODULE.matcher(Repository.read("pom.xml"));
        while (modules.find()) {
            String module = modules.group(1).trim();
            Path properties = Repository.path(module).resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(properties) && load(properties).containsKey("quarkus.http.port")) {
                services.add(read(module));
            }
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("No service module found in the parent pom");
        }
        return services;
    }

    static ServiceConfig read(String module) {
        Map<String, String> effective = new LinkedHashMap<>();
        effective.putAll(withoutProfiles(load(Repository.path(COMMON))));
        effective.putAll(withoutProfiles(load(Repository.path(module).resolve("src/main/resources/application.properties"))));
        Set<String> environment = new TreeSet<>();
        for (String value : effective.values()) {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                environment.add(placeholder.group(1));
            }
        }
        String groupId = effective.get("cascade.consumer.group-id");
        String deadLetterTopic = effective.getOrDefault("cascade.consumer.dead-letter-topic",
                groupId == null ? null : groupId + ".dlt");
        return new ServiceConfig(module, Integer.parseInt(effective.get("quarkus.http.port")), environment,
                deadLetterTopic, effective);
    }

    /** The variable the JDBC URL is read from (DIRECTIVE_DB_URL …). */
    String databaseUrlVariable() {
        return variableOf("quarkus.datasource.jdbc.url");
    }

    String variableOf(String property) {
        String value = properties.get(property);
        Matcher placeholder = value == null ? null : PLACEHOLDER.matcher(value);
        if (placeholder == null || !placeholder.find()) {
            throw new IllegalStateException(name + ": " + property + " is not read from the environment");
        }
        return placeholder.group(1);
    }

    /** The properties of the packaged service: {@code %prod.} keys over the rest, other profiles left out. */
    static Map<String, String> production(String module) {
        Map<String, String> effective = new LinkedHashMap<>();
        for (Path file : List.of(Repository.path(COMMON), Repository.path(module).resolve("src/main/resources/application.properties"))) {
            Properties properties = load(file);
            effective.putAll(withoutProfiles(properties));
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("%prod.")) {
                    effective.put(key.substring("%prod.".length()), properties.getProperty(key));
                }
            }
        }
        return effective;
    }

    private static Map<String, String> withoutProfiles(Properties properties) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                result.put(key, properties.getProperty(key));
            }
        }
        return result;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
