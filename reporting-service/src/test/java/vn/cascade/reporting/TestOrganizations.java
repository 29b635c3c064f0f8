package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.organizations.OrganizationRepository;

/** Puts organisation snapshots on their topic the way directive-service does, and waits for the copy. */
@ApplicationScoped
public class TestOrganizations {

    public record Org(UUID id, String code, String name, String path) {
        public OrganizationRef ref() {
            return new OrganizationRef(id, code);
        }
    }

    private final CloudEventCodec codec;
    private final ObjectMapper objectMapper;
    private final OrganizationRepository organizations;

    TestOrganizations(CloudEventCodec codec, ObjectMapper objectMapper, OrganizationRepository organizations) {
        this.codec = codec;
        this.objectMapper = objectMapper;
        this.organizations = organizations;
    }

    /** An organisation existing since 2020. */
    public Org organization(String prefix, String name, OrganizationLevel level, Org parent) {
        return organization(prefix, name, level, parent, null);
    }

    /** @param validTo the day it ceased to exist (dissolved, merged), or null */
    public Org organization(String prefix, String name, OrganizationLevel level, Org parent, LocalDate validTo) {
        return organization(prefix, name, level, OrganizationKind.PARTY_COMMITTEE, parent, validTo);
    }

    /** An advisory body of a committee (Ban Tổ chức, Văn phòng, Ủy ban Kiểm tra …), existing since 2020. */
    public Org advisoryBody(String prefix, String name, Org committee) {
        return organization(prefix, name, OrganizationLevel.PROVINCIAL, OrganizationKind.ADVISORY_COMMISSION, committee,
                null);
    }

    private Org organization(String prefix, String name, OrganizationLevel level, OrganizationKind kind, Org parent,
            LocalDate validTo) {
        UUID id = UUID.randomUUID();
        String code = prefix + "-" + id.toString().substring(0, 6).toUpperCase();
        String path = (parent == null ? "" : parent.path()) + "/" + id;
        publish(new OrganizationSnapshot(id, code, name, null, level, kind,
                parent == null ? null : parent.id(), path, validTo == null, 100, null, LocalDate.of(2020, 1, 1), validTo,
                0));
        return new Org(id, code, name, path);
    }

    /**
     * Publishes a snapshot (a new version of an organisation, with its placements and successions, or a new one)
     * and waits until the copy holds that version.
     */
    public void publish(OrganizationSnapshot snapshot) {
        send(snapshot);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> organizations.findByIdOptional(snapshot.id())
                        .map(organization -> organization.version == snapshot.version()).orElse(false)));
    }

    /** Publishes a snapshot without waiting for the copy (many at once: wait for the last). */
    public void send(OrganizationSnapshot snapshot) {
        String id = snapshot.id().toString();
        try {
            KafkaProbe.send(Topics.ORGANIZATIONS, id, codec.encode(UUID.randomUUID().toString(),
                    URI.create("/cascade/directive-service"), OrganizationSnapshot.TYPE, id,
                    OffsetDateTime.now(), objectMapper.writeValueAsString(snapshot)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
