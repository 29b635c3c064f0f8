package vn.cascade.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;

@QuarkusTest
class OrganizationCopyTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OrganizationRepository organizations;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldCopyAnOrganizationFromItsSnapshot() throws Exception {
        UUID id = UUID.randomUUID();
        String code = "HU-VINHLINH-" + id.toString().substring(0, 6);
        publish(new OrganizationSnapshot(id, code, "Huyện ủy Vĩnh Linh", "HU Vĩnh Linh", OrganizationLevel.DISTRICT,
                OrganizationKind.PARTY_COMMITTEE, null, "/" + id, true, 9_800, LocalDate.of(2022, 12, 31),
                LocalDate.of(1977, 3, 1), null, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> copy(id).isPresent());
        Organization copy = copy(id).orElseThrow();
        assertEquals(code, copy.code);
        assertEquals("Huyện ủy Vĩnh Linh", copy.name);
        assertEquals(OrganizationLevel.DISTRICT, copy.level);
        assertEquals(9_800, copy.memberCount);
        assertEquals(OrganizationKind.PARTY_COMMITTEE, copy.kind);
        assertEquals(LocalDate.of(2022, 12, 31), copy.memberCountAsOf);
        assertEquals(LocalDate.of(1977, 3, 1), copy.validFrom);
    }

    @Test
    void shouldNeverLetAnOlderSnapshotOverwriteANewerOne() throws Exception {
        UUID id = UUID.randomUUID();
        String code = "TU-QUANGNAM-" + id.toString().substring(0, 6);
        publish(new OrganizationSnapshot(id, code, "Tỉnh ủy Quảng Nam", null, OrganizationLevel.PROVINCIAL,
                OrganizationKind.PARTY_COMMITTEE, null, "/" + id, true, 70_000, null, LocalDate.of(1997, 1, 1), null, 2));
        String stale = publish(new OrganizationSnapshot(id, code, "Tỉnh ủy Quảng Nam (cũ)", null,
                OrganizationLevel.PROVINCIAL, OrganizationKind.PARTY_COMMITTEE, null, "/" + id, true, 65_000, null,
                LocalDate.of(1997, 1, 1), null, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(stale));
        Organization copy = copy(id).orElseThrow();
        assertEquals("Tỉnh ủy Quảng Nam", copy.name);
        assertEquals(2, copy.version);
    }

    @Test
    void shouldCopyWhereAnOrganizationSatAndWhoTookOverFromIt() throws Exception {
        UUID dissolved = UUID.randomUUID();
        UUID oldParent = UUID.randomUUID();
        UUID newParent = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        LocalDate effective = LocalDate.of(2025, 7, 1);
        publish(new OrganizationSnapshot(dissolved, "HU-GIOLINH-" + dissolved.toString().substring(0, 6),
                "Huyện ủy Gio Linh", null, OrganizationLevel.DISTRICT, OrganizationKind.PARTY_COMMITTEE, newParent,
                "/" + newParent + "/" + dissolved, false, null, null, LocalDate.of(1977, 3, 1), effective,
                List.of(new OrganizationPlacement(oldParent, "/" + oldParent + "/" + dissolved, LocalDate.of(1977, 3, 1),
                                LocalDate.of(1989, 7, 1)),
                        new OrganizationPlacement(newParent, "/" + newParent + "/" + dissolved, LocalDate.of(1989, 7, 1),
                                effective)),
                List.of(new OrganizationSuccession(successor, "DU-GIOLINH", SuccessionKind.MERGER, effective)),
                List.of(), 3));

        String stale = publish(new OrganizationSnapshot(dissolved, "HU-GIOLINH-" + dissolved.toString().substring(0, 6),
                "Huyện ủy Gio Linh", null, OrganizationLevel.DISTRICT, OrganizationKind.PARTY_COMMITTEE, oldParent,
                "/" + oldParent + "/" + dissolved, true, null, null, LocalDate.of(1977, 3, 1), null, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(stale));

        assertEquals(List.of("/" + oldParent + "/" + dissolved + " 1977-03-01..1989-07-01",
                        "/" + newParent + "/" + dissolved + " 1989-07-01..2025-07-01"),
                rows("SELECT path || ' ' || valid_from || '..' || valid_to FROM organization_placement "
                        + "WHERE organization_id = ?1 ORDER BY valid_from", dissolved));
        assertEquals(List.of(successor + " MERGER 2025-07-01"),
                rows("SELECT successor_id || ' ' || kind || ' ' || effective FROM organization_succession "
                        + "WHERE predecessor_id = ?1", dissolved));
    }

    private List<?> rows(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, id).getResultList());
    }

    private String publish(OrganizationSnapshot snapshot) throws Exception {
        String eventId = UUID.randomUUID().toString();
        byte[] event = codec.encode(eventId, URI.create("/cascade/directive-service"), OrganizationSnapshot.TYPE,
                snapshot.id().toString(), OffsetDateTime.now(), objectMapper.writeValueAsString(snapshot));
        KafkaProbe.send(Topics.ORGANIZATIONS, snapshot.id().toString(), event);
        return eventId;
    }

    private Optional<Organization> copy(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Organization> found = organizations.findByIdOptional(id);
            found.ifPresent(entityManager::detach);
            return found;
        });
    }

    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = 'plan-service' AND event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }
}
