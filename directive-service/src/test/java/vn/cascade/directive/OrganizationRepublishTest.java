package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.cascade.directive.OrganizationFixtures.PROBLEM;
import static vn.cascade.directive.OrganizationFixtures.admin;
import static vn.cascade.directive.OrganizationFixtures.create;
import static vn.cascade.directive.OrganizationFixtures.reader;
import static vn.cascade.directive.OrganizationFixtures.snapshot;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;

@QuarkusTest
class OrganizationRepublishTest {

    private static final String REPUBLISH = "/api/v1/organizations/snapshots/republish";

    @Test
    void shouldPublishEveryOrganizationsSnapshotAgainUnchanged() {
        // given: an organisation whose snapshot is on the topic once
        String province = uniqueCode("TU-QUANGTRI");
        create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null);
        String id = create(uniqueCode("HU-VINHLINH"), "Huyện ủy Vĩnh Linh", "DISTRICT", null, province).getString("id");

        // when
        given().auth().oauth2(admin()).when().post(REPUBLISH)
                .then().statusCode(200).body("published", greaterThanOrEqualTo(2));

        // then: a second event with a new id carries the same snapshot, version included
        List<CloudEvent> ofDistrict = KafkaProbe.read(Topics.ORGANIZATIONS, Duration.ofSeconds(30),
                        seen -> ofSubject(seen.stream().map(KafkaProbe::decodeOrNull).toList(), id).size() >= 2)
                .stream().map(KafkaProbe::decodeOrNull).toList();
        ofDistrict = ofSubject(ofDistrict, id);
        assertEquals(2, ofDistrict.size(), "the original snapshot and the republished one");
        OrganizationSnapshot original = snapshot(ofDistrict.get(0));
        OrganizationSnapshot again = snapshot(ofDistrict.get(1));
        assertEquals(original, again);
        assertNotEquals(ofDistrict.get(0).getId(), ofDistrict.get(1).getId(), "a new event id, so ledgers let it in");
    }

    private static List<CloudEvent> ofSubject(List<CloudEvent> events, String id) {
        return events.stream().filter(event -> event != null && id.equals(event.getSubject())).toList();
    }

    @Test
    void shouldLetOnlyAnAdministratorRepublish() {
        given().auth().oauth2(reader()).when().post(REPUBLISH).then().statusCode(403).contentType(PROBLEM);
        given().when().post(REPUBLISH).then().statusCode(401);
    }
}
