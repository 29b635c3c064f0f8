package vn.cascade.directive;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

/** Registering organisations and reading their snapshots the way a client and a consumer would. */
final class OrganizationFixtures {

    static final String PROBLEM = "application/problem+json";
    static final String ORGANIZATIONS = "/api/v1/organizations";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private OrganizationFixtures() {
    }

    static String admin() {
        return TestTokens.user("admin", "BCHTW", "admin");
    }

    static String reader() {
        return TestTokens.user("doc.gia", "TU-QUANGTRI", "reader");
    }

    static String issuer() {
        return TestTokens.user("issuer.qt", "TU-QUANGTRI", "issuer", "reader");
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Registers an organisation and answers its representation. */
    static JsonPath create(String code, String name, String level, String kind, String parentCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        body.put("kind", kind);
        body.put("parentCode", parentCode);
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post(ORGANIZATIONS)
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath get(String id) {
        return given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The PUT body that keeps everything as it is, at the version read. */
    static Map<String, Object> unchanged(JsonPath organization, String parentCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", organization.getString("name"));
        body.put("shortName", organization.getString("shortName"));
        body.put("level", organization.getString("level"));
        body.put("kind", organization.getString("kind"));
        body.put("parentCode", parentCode);
        body.put("memberCount", organization.get("memberCount"));
        body.put("memberCountAsOf", organization.getString("memberCountAsOf"));
        body.put("validFrom", organization.getString("validFrom"));
        body.put("version", organization.getLong("version"));
        return body;
    }

    /**
     * The latest snapshot on the organisations topic of each of {@code ids}, waiting until every one has a
     * snapshot satisfying {@code wanted}.
     */
    static Map<UUID, OrganizationSnapshot> latestSnapshots(Collection<String> ids, Predicate<OrganizationSnapshot> wanted) {
        Map<UUID, OrganizationSnapshot> latest = new HashMap<>();
        KafkaProbe.read(Topics.ORGANIZATIONS, Duration.ofSeconds(30), records -> {
            latest.clear();
            records.stream().map(KafkaProbe::decodeOrNull)
                    .filter(event -> event != null && ids.contains(event.getSubject()))
                    .map(OrganizationFixtures::snapshot)
                    .forEach(snapshot -> latest.merge(snapshot.id(), snapshot,
                            (a, b) -> a.version() >= b.version() ? a : b));
            return latest.size() == ids.size() && latest.values().stream().allMatch(wanted);
        });
        return latest;
    }

    static List<OrganizationSnapshot> snapshotsOf(String id) {
        return KafkaProbe.events(Topics.ORGANIZATIONS, Duration.ofSeconds(30), event -> id.equals(event.getSubject()))
                .stream().filter(event -> id.equals(event.getSubject())).map(OrganizationFixtures::snapshot).toList();
    }

    static OrganizationSnapshot snapshot(CloudEvent event) {
        try {
            return JSON.readValue(event.getData().toBytes(), OrganizationSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
