package vn.cascade.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.reporting.domain.ReportingObligation;

/** Plans as plan-service announces them, put on the plans topic the way plan-service would. */
@ApplicationScoped
public class TestPlans {

    /** The seed-04 clause: "Định kỳ hằng quý, 6 tháng, 9 tháng, năm 2023 báo cáo …". */
    public static final Set<ReportingFrequency> SEED_04 = Set.of(ReportingFrequency.QUARTERLY,
            ReportingFrequency.HALF_YEARLY, ReportingFrequency.NINE_MONTHS, ReportingFrequency.ANNUAL);

    private final CloudEventCodec codec;
    private final ObjectMapper objectMapper;
    private final EntityManager entityManager;

    TestPlans(CloudEventCodec codec, ObjectMapper objectMapper, EntityManager entityManager) {
        this.codec = codec;
        this.objectMapper = objectMapper;
        this.entityManager = entityManager;
    }

    public static OrganizationRef organization(String prefix) {
        return new OrganizationRef(UUID.randomUUID(), prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public static ReportingRequirement requirement(UUID id, List<OrganizationRef> reporters, OrganizationRef recipient,
            OrganizationRef via, Set<ReportingFrequency> frequencies, List<Integer> years, int dueDaysAfterPeriodEnd,
            int reminderDaysBeforeDue) {
        return new ReportingRequirement(id, reporters, recipient, via, frequencies, years, dueDaysAfterPeriodEnd,
                reminderDaysBeforeDue);
    }

    public static PlanSnapshot plan(UUID id, long version, String status, OrganizationRef issuer,
            List<ReportingRequirement> requirements) {
        return plan(id, version, status, issuer, requirements, List.of());
    }

    /** A plan with these tasks (numbered 1, 2, … in the order given). */
    public static PlanSnapshot plan(UUID id, long version, String status, OrganizationRef issuer,
            List<ReportingRequirement> requirements, List<UUID> taskIds) {
        List<PlanSnapshot.TaskSummary> tasks = new ArrayList<>();
        for (int i = 0; i < taskIds.size(); i++) {
            tasks.add(new PlanSnapshot.TaskSummary(taskIds.get(i), String.valueOf(i + 1),
                    "Quán triệt, triển khai thực hiện Kết luận", List.of(issuer)));
        }
        return new PlanSnapshot(id, (ThreadLocalRandom.current().nextInt(900) + 100) + "-KH/TU", "KH", issuer.id(),
                issuer.code(), LocalDate.of(2023, 2, 10),
                "Kế hoạch thực hiện Kết luận số 08-KL/BTCTW ngày 04/01/2023 của Ban Tổ chức Trung ương", status,
                version, null, null, List.of(), List.of(), tasks, requirements, null);
    }

    /** Sends the plan as an event of the given type; returns the event id. */
    public String send(String type, PlanSnapshot plan) {
        return send(UUID.randomUUID().toString(), type, plan);
    }

    /** Sends the plan as an event with this id (the same id twice: a redelivery). */
    public String send(String eventId, String type, PlanSnapshot plan) {
        try {
            byte[] event = codec.encode(eventId, URI.create("/cascade/plan-service"), type, plan.id().toString(),
                    OffsetDateTime.now(), objectMapper.writeValueAsString(plan));
            KafkaProbe.send(Topics.PLANS, plan.id().toString(), event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** Sends a basis change as plan-service tells it to a plan resting on a changed document; returns the event id. */
    public String sendBasisChange(vn.cascade.common.events.PlanBasisChange change) {
        String eventId = UUID.randomUUID().toString();
        try {
            byte[] event = codec.encode(eventId, URI.create("/cascade/plan-service"),
                    vn.cascade.common.events.PlanBasisChange.TYPE, change.planId().toString(), OffsetDateTime.now(),
                    objectMapper.writeValueAsString(change));
            KafkaProbe.send(Topics.PLANS, change.planId().toString(), event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** Sends what plan-service announces when a task waiting for guidance was linked to it; returns the event id. */
    public String sendGuidanceLinked(vn.cascade.common.events.TaskGuidanceLinked linked) {
        String eventId = UUID.randomUUID().toString();
        try {
            byte[] event = codec.encode(eventId, URI.create("/cascade/plan-service"),
                    vn.cascade.common.events.TaskGuidanceLinked.TYPE, linked.planId().toString(), OffsetDateTime.now(),
                    objectMapper.writeValueAsString(linked));
            KafkaProbe.send(Topics.PLANS, linked.planId().toString(), event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    public boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = 'reporting-service' AND event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    /** The plan's obligations as stored, detached, by reporter code, due date and period. */
    public List<ReportingObligation> obligations(UUID planId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ReportingObligation> found = entityManager.createQuery(
                    "from ReportingObligation where planId = ?1 order by organizationCode, dueDate, periodKind",
                    ReportingObligation.class).setParameter(1, planId).getResultList();
            found.forEach(entityManager::detach);
            return found;
        });
    }

    public void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
