package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.ObligationSnapshot;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.service.ReportingScheduleService;

/**
 * Two replicas tick at the same moment against the same database: every obligation still gets exactly one
 * reminder and one overdue mark. Uses 2020 periods, so no other test's obligations fall due at these times.
 */
@QuarkusTest
class ReportingScheduleTest {

    @Inject
    TestPlans plans;

    @Inject
    ReportingScheduleService schedule;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldRemindOnceAndMarkOverdueOnceEvenWithTwoReplicas() throws Exception {
        OrganizationRef province = organization("TU");
        List<OrganizationRef> districts = IntStream.range(0, 10).mapToObj(i -> organization("HU")).toList();
        UUID planId = UUID.randomUUID();
        // Q1, Q2, Q3, Q4 of 2020, due 5 days after each quarter, reminder 7 days before: 40 obligations
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", province, List.of(requirement(
                UUID.randomUUID(), districts, province, null, Set.of(ReportingFrequency.QUARTERLY), List.of(2020),
                5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        Set<UUID> ids = plans.obligations(planId).stream().map(o -> o.id).collect(Collectors.toSet());
        assertEquals(40, ids.size());

        // 30 Dec 2020, Hanoi: Q1–Q3 are past due; Q4 (due 5 Jan 2021) has had its reminder time only
        List<ReportingScheduleService.Tick> first = tickTwice(Instant.parse("2020-12-30T03:00:00Z"));
        assertEquals(40, first.stream().mapToInt(ReportingScheduleService.Tick::reminders).sum());
        assertEquals(30, first.stream().mapToInt(ReportingScheduleService.Tick::overdue).sum());
        Map<ObligationStatus, Long> statuses = plans.obligations(planId).stream()
                .collect(Collectors.groupingBy(o -> o.status, Collectors.counting()));
        assertEquals(Map.of(ObligationStatus.OVERDUE, 30L, ObligationStatus.DUE, 10L), statuses);

        // 5 Jan 2021 is still on time in Hanoi until 17:00 UTC
        List<ReportingScheduleService.Tick> onDueDate = tickTwice(Instant.parse("2021-01-05T16:59:00Z"));
        assertEquals(0, onDueDate.stream().mapToInt(t -> t.reminders() + t.overdue()).sum());

        List<ReportingScheduleService.Tick> later = tickTwice(Instant.parse("2021-01-05T17:00:00Z"));
        assertEquals(0, later.stream().mapToInt(ReportingScheduleService.Tick::reminders).sum());
        assertEquals(10, later.stream().mapToInt(ReportingScheduleService.Tick::overdue).sum());
        assertEquals(0, tickTwice(Instant.parse("2021-06-01T00:00:00Z")).stream()
                .mapToInt(t -> t.reminders() + t.overdue()).sum());
        assertEquals(Set.of(ObligationStatus.OVERDUE),
                plans.obligations(planId).stream().map(o -> o.status).collect(Collectors.toSet()));

        assertEquals(Map.of(ObligationSnapshot.DUE, 40L, ObligationSnapshot.OVERDUE, 40L), outboxRowsByType(ids),
                "one due and one overdue row per obligation");
        List<CloudEvent> events = awaitEvents(ids, 80);
        assertEquals(80, events.size());
        Map<String, Long> perObligationAndType = events.stream()
                .collect(Collectors.groupingBy(e -> e.getSubject() + " " + e.getType(), Collectors.counting()));
        assertEquals(80, perObligationAndType.size());
        assertEquals(Set.of(1L), Set.copyOf(perObligationAndType.values()), "no event twice");
    }

    private List<ReportingScheduleService.Tick> tickTwice(Instant now) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ReportingScheduleService.Tick>> ticks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ticks.add(replicas.submit(() -> {
                    start.await();
                    return schedule.tick(now);
                }));
            }
            start.countDown();
            List<ReportingScheduleService.Tick> done = new ArrayList<>();
            for (Future<ReportingScheduleService.Tick> tick : ticks) {
                done.add(tick.get());
            }
            return done;
        } finally {
            replicas.shutdown();
        }
    }

    private Map<String, Long> outboxRowsByType(Set<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "SELECT event_type, count(*) FROM outbox_event WHERE aggregate_id IN (:ids) GROUP BY event_type")
                    .setParameter("ids", ids.stream().map(UUID::toString).toList())
                    .getResultList();
            return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        });
    }

    /** The report events of these obligations on the topic, read from the start until the expected number arrived. */
    private static List<CloudEvent> awaitEvents(Set<UUID> ids, int expected) {
        Set<String> subjects = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        Function<List<ConsumerRecord<String, byte[]>>, List<CloudEvent>> ours = records -> records.stream()
                .map(KafkaProbe::decodeOrNull)
                .filter(e -> e != null && subjects.contains(e.getSubject()))
                .toList();
        return ours.apply(KafkaProbe.read(Topics.REPORTS, Duration.ofSeconds(30),
                records -> ours.apply(records).size() >= expected));
    }
}
