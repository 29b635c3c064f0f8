package vn.cascade.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cascade.client.directive.model.Directive;
import vn.cascade.client.plan.model.Plan;

/**
 * One trace across the services, as an operator follows it: a request that issues a plan carries a sampled W3C
 * {@code traceparent}; the launcher's trace receiver gets plan-service's HTTP span of that request and
 * reporting-service's consumer span that applied the plan event, with the same trace id (plan-service stores the
 * trace context with the outbox row, its relay sends it as the Kafka header, reporting-service's consumer
 * continues it). Runs after {@link CascadeStoryIT} (failsafe runs the classes alphabetically) on the same stack,
 * and on its own as well: it loads the organisations it needs.
 */
@ExtendWith(CascadeStack.class)
class CascadeTraceIT {

    @Test
    @DisplayName("one trace id from the request that issues a plan to reporting-service's transaction that applies it")
    void shouldFollowOneTraceFromTheIssuingRequestToTheReportingConsumer(RunningStack stack) throws Exception {
        assumeTrue(stack.tracesFile != null, "the stack's launcher has no trace receiver (an older stack.env)");
        Keycloak keycloak = new Keycloak(stack);
        Caller.user(stack, keycloak, "admin").organizations().loadOrganizationReferenceData();
        String number = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10000));
        Directive resolution = Plans.publishResolution(Caller.user(stack, keycloak, "bchtw.issuer"), number);

        HexFormat hex = HexFormat.of();
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        String traceId = hex.formatHex(random, 0, 16);
        String traceparent = "00-" + traceId + "-" + hex.formatHex(random, 16, 24) + "-01";
        Caller district = Caller.user(stack, keycloak, "vinhlinh.issuer");
        Plan plan = Plans.issue(district, district.withHeader("traceparent", traceparent),
                Plans.districtPlan(number + "-KH/HU", resolution));

        Caller reporter = Caller.user(stack, keycloak, "vinhlinh.reporter");
        Eventually.get("reporting-service owes the reports of " + plan.getSymbol(), Plans.EVENT,
                () -> reporter.obligations().listObligations(null, null, 0, null, plan.getId(), null, 50, null, null, null)
                        .getItems(),
                items -> !items.isEmpty());
        // The services export their spans in batches every second.
        List<JsonNode> spans = Eventually.get("plan-service's issuing span and reporting-service's consumer span in "
                + stack.tracesFile + " with trace id " + traceId, Plans.EVENT,
                () -> Spans.ofTrace(stack.tracesFile, traceId),
                found -> found.stream().anyMatch(CascadeTraceIT::isIssuingRequest)
                        && found.stream().anyMatch(CascadeTraceIT::isReportingApplyingThePlan));

        JsonNode request = spans.stream().filter(CascadeTraceIT::isIssuingRequest).findFirst().orElseThrow();
        assertEquals("200", Spans.attribute(request, "http.response.status_code"), request.toString());
        JsonNode consumer = spans.stream().filter(CascadeTraceIT::isReportingApplyingThePlan).findFirst().orElseThrow();
        assertEquals("reporting-service", Spans.attribute(consumer, "messaging.consumer.group.name"), consumer.toString());
        assertTrue(!"ERROR".equals(consumer.path("status").asText()), "applied without error: " + consumer);
        assertTrue(consumer.path("startNanos").asLong() >= request.path("startNanos").asLong(),
                "the consumer applied the event after the request began: " + spans);
    }

    private static boolean isIssuingRequest(JsonNode span) {
        return Spans.is(span, "plan-service", "SERVER") && (span.path("name").asText().endsWith("/issue")
                || Spans.attribute(span, "http.route").endsWith("/issue"));
    }

    private static boolean isReportingApplyingThePlan(JsonNode span) {
        return Spans.is(span, "reporting-service", "CONSUMER")
                && "vn.cascade.plan.issued.v1".equals(Spans.attribute(span, "cloudevents.event_type"));
    }
}
