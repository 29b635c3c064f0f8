package vn.cascade.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.events.Topics;

/**
 * The topics a deployment must create, with their cleanup policy: every constant of common's {@link Topics}
 * with the policy the topic table of docs/events.md gives it, and each service's dead-letter topic with the
 * policy of the table's {@code <consumer-group>.dlt} row.
 */
final class EventTopics {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|[^|\\n]*\\|\\s*(\\w+)\\s*\\|", Pattern.MULTILINE);
    static final String DEAD_LETTER_ROW = "<consumer-group>.dlt";

    private EventTopics() {
    }

    /** Topic name → cleanup policy ({@code compact} or {@code delete}). */
    static Map<String, String> expected() {
        Map<String, String> documented = documentedPolicies();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String topic : topicsConstants()) {
            String policy = documented.get(topic);
            if (policy == null) {
                throw new IllegalStateException("Topic " + topic + " of Topics has no row in docs/events.md");
            }
            expected.put(topic, policy);
        }
        String deadLetterPolicy = documented.get(DEAD_LETTER_ROW);
        if (deadLetterPolicy == null) {
            throw new IllegalStateException("docs/events.md has no row for " + DEAD_LETTER_ROW);
        }
        for (ServiceConfig service : ServiceConfig.all()) {
            if (service.deadLetterTopic() != null) {
                expected.put(service.deadLetterTopic(), deadLetterPolicy);
            }
        }
        return expected;
    }

    static List<String> topicsConstants() {
        return java.util.Arrays.stream(Topics.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(EventTopics::value)
                .toList();
    }

    static Map<String, String> documentedPolicies() {
        Map<String, String> policies = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Repository.read("docs/events.md"));
        while (row.find()) {
            policies.put(row.group(1), row.group(2));
        }
        return policies;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
