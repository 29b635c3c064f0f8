package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;
import vn.cascade.reporting.notification.service.LatePlans;

/**
 * Notifications from the plan events, through the real chain (plan events on Kafka, the service's consumer, the
 * inbox API): the issuers of the districts a provincial programme obliges to answer are told once, and the issuers
 * of a district whose plan answers it are told when the programme is amended and when it is revoked.
 */
@QuarkusTest
class PlanNotificationsTest {

    @Inject
    TestPlans plans;
    @Inject
    TestOrganizations organizations;
    @Inject
    LatePlans latePlans;
    @Inject
    CloudEventCodec codec;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldTellTheIssuersWhoOweAPlanOnceAndThoseWhosePlansRestOnAnAmendedOrRevokedOne() {
        QuangTri quangTri = quangTri();
        Org province = quangTri.province();
        Org vinhLinh = quangTri.vinhLinh();
        Org gioLinh = quangTri.gioLinh();
        UUID programmeId = UUID.randomUUID();
        String programme = (ThreadLocalRandom.current().nextInt(900) + 100) + "-CTr/TU";

        // Issued: both districts must answer by 31/03/2026; their issuers are told, nobody else.
        String issued = UUID.randomUUID().toString();
        plans.send(issued, PlanSnapshot.ISSUED, programme(programmeId, programme, province, 1, "ISSUED",
                List.of(vinhLinh, gioLinh)));
        awaitInbox(issuer(vinhLinh), 1)
                .body("items[0].kind", equalTo("PLAN_OWED"))
                .body("items[0].title", equalTo("Cần ban hành kế hoạch thực hiện Chương trình " + programme
                        + " trước ngày 31/03/2026"))
                .body("items[0].text", equalTo("Tỉnh ủy Quảng Trị đã ban hành Chương trình " + programme
                        + "; đề nghị xây dựng, ban hành kế hoạch (chương trình) thực hiện của đơn vị, chậm nhất ngày"
                        + " 31/03/2026."))
                .body("items[0].audienceRole", equalTo("ISSUER"))
                .body("items[0].planId", equalTo(programmeId.toString()))
                .body("items[0].issuerCode", equalTo(province.code()))
                .body("items[0].dueDate", equalTo("2026-03-31"));
        awaitInbox(issuer(gioLinh), 1).body("items[0].kind", equalTo("PLAN_OWED"));
        inbox(reporter(vinhLinh)).body("total", equalTo(0));
        inbox(issuer(province)).body("total", equalTo(0));

        // The same event again, then an amendment on the same key (so processed after it): nothing new, since the
        // ledger skips the repeat and no plan rests on the programme yet.
        plans.send(issued, PlanSnapshot.ISSUED, programme(programmeId, programme, province, 1, "ISSUED",
                List.of(vinhLinh, gioLinh)));
        String firstAmendment = plans.send(PlanSnapshot.AMENDED, programme(programmeId, programme, province, 2,
                "AMENDED", List.of(vinhLinh, gioLinh)));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(firstAmendment));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));
        inbox(issuer(gioLinh)).body("total", equalTo(1));

        // Gio Linh answers with its own plan; the province amends its programme: Gio Linh's issuers are told.
        String answer = (ThreadLocalRandom.current().nextInt(900) + 100) + "-KH/HU";
        String answered = plans.send(PlanSnapshot.ISSUED, new PlanSnapshot(UUID.randomUUID(), answer, "KH",
                gioLinh.id(), gioLinh.code(), LocalDate.of(2026, 2, 20), "Kế hoạch thực hiện Chương trình " + programme,
                "ISSUED", 1, null, programmeId, List.of(), List.of(), List.of(), List.of(), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(answered));
        plans.send(PlanSnapshot.AMENDED, programme(programmeId, programme, province, 3, "AMENDED",
                List.of(vinhLinh, gioLinh)));
        awaitInbox(issuer(gioLinh), 2)
                .body("items[0].kind", equalTo("UPSTREAM_PLAN_AMENDED"))
                .body("items[0].title", equalTo("Chương trình " + programme + " đã được sửa đổi, bổ sung"))
                .body("items[0].text", equalTo("Tỉnh ủy Quảng Trị đã sửa đổi, bổ sung Chương trình " + programme
                        + ", là căn cứ của Kế hoạch " + answer + "; đề nghị rà soát, điều chỉnh cho phù hợp."))
                .body("items[0].ownPlanSymbols", contains(answer));
        given().auth().oauth2(issuer(gioLinh)).header("Accept-Language", "en").when().get("/api/v1/notifications")
                .then().statusCode(200).body("items[0].title", equalTo("Programme " + programme + " was amended"));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));

        // Revoked: told once more.
        plans.send(PlanSnapshot.REVOKED, programme(programmeId, programme, province, 4, "REVOKED",
                List.of(vinhLinh, gioLinh)));
        awaitInbox(issuer(gioLinh), 3)
                .body("items[0].kind", equalTo("UPSTREAM_PLAN_REVOKED"))
                .body("items[0].title", equalTo("Chương trình " + programme + " đã bị thu hồi"));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));
    }

    @Test
    void shouldTellALateSubordinateAndTheIssuerAboveOnceInOneNotice() {
        QuangTri quangTri = quangTri();
        Org province = quangTri.province();
        Org vinhLinh = quangTri.vinhLinh();
        Org gioLinh = quangTri.gioLinh();
        Org camLo = quangTri.camLo();
        UUID programmeId = UUID.randomUUID();
        String programme = (ThreadLocalRandom.current().nextInt(900) + 100) + "-CTr/TU";
        LocalDate deadline = LocalDate.now().plusDays(10);
        String issued = plans.send(PlanSnapshot.ISSUED, programme(programmeId, programme, province, 1, "ISSUED",
                List.of(vinhLinh, gioLinh, camLo), deadline));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        // Cam Lộ answers in time.
        String answered = plans.send(PlanSnapshot.ISSUED, new PlanSnapshot(UUID.randomUUID(),
                (ThreadLocalRandom.current().nextInt(900) + 100) + "-KH/HU", "KH", camLo.id(), camLo.code(),
                LocalDate.now(), "Kế hoạch thực hiện Chương trình " + programme, "ISSUED", 1, null, programmeId,
                List.of(), List.of(), List.of(), List.of(), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(answered));

        // The deadline's whole day is in time.
        latePlans.announce(deadline);
        inbox(issuer(province)).body("total", equalTo(0));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));

        // The day after: each late district's issuers are told, and the province once for both.
        latePlans.announce(deadline.plusDays(1));
        String due = deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        inbox(issuer(province)).body("total", equalTo(1))
                .body("items[0].kind", equalTo("SUBORDINATE_PLANS_LATE"))
                .body("items[0].title", equalTo("2 đơn vị chưa ban hành kế hoạch thực hiện Chương trình " + programme
                        + " (hạn ngày " + due + ")"))
                .body("items[0].text", containsString("Huyện ủy Vĩnh Linh"))
                .body("items[0].text", containsString("Huyện ủy Gio Linh"))
                .body("items[0].lateOrganizationCodes", containsInAnyOrder(vinhLinh.code(), gioLinh.code()));
        inbox(issuer(vinhLinh)).body("total", equalTo(2))
                .body("items[0].kind", equalTo("PLAN_LATE"))
                .body("items[0].title", equalTo("Quá hạn ban hành kế hoạch thực hiện Chương trình " + programme
                        + " (hạn ngày " + due + ")"))
                .body("items[0].issuerCode", equalTo(province.code()));
        inbox(issuer(gioLinh)).body("total", equalTo(2)).body("items[0].kind", equalTo("PLAN_LATE"));
        inbox(issuer(camLo)).body("total", equalTo(1)).body("items[0].kind", equalTo("PLAN_OWED"));
        inbox(reporter(vinhLinh)).body("total", equalTo(0));

        // Once per owed answer: later rounds add nothing.
        latePlans.announce(deadline.plusDays(2));
        inbox(issuer(province)).body("total", equalTo(1));
        inbox(issuer(vinhLinh)).body("total", equalTo(2));
    }

    @Test
    void shouldTellOnlyThoseAnAmendmentNewlyObligesAndNotThoseItDropsWhenLate() {
        QuangTri quangTri = quangTri();
        Org province = quangTri.province();
        Org vinhLinh = quangTri.vinhLinh();
        Org gioLinh = quangTri.gioLinh();
        Org camLo = quangTri.camLo();
        UUID programmeId = UUID.randomUUID();
        String programme = (ThreadLocalRandom.current().nextInt(900) + 100) + "-CTr/TU";
        LocalDate deadline = LocalDate.now().plusDays(20);
        plans.send(PlanSnapshot.ISSUED, programme(programmeId, programme, province, 1, "ISSUED", List.of(vinhLinh),
                deadline));
        awaitInbox(issuer(vinhLinh), 1).body("items[0].kind", equalTo("PLAN_OWED"));

        // The amendment adds Gio Linh and Cam Lộ: they are told they owe a plan; Vĩnh Linh is not told again.
        plans.send(PlanSnapshot.AMENDED, programme(programmeId, programme, province, 2, "AMENDED",
                List.of(vinhLinh, gioLinh, camLo), deadline));
        awaitInbox(issuer(gioLinh), 1).body("items[0].kind", equalTo("PLAN_OWED"))
                .body("items[0].planId", equalTo(programmeId.toString()))
                .body("items[0].title", containsString("Chương trình " + programme));
        awaitInbox(issuer(camLo), 1).body("items[0].kind", equalTo("PLAN_OWED"));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));

        // The next drops Cam Lộ: nobody is told anything new, and Cam Lộ is not late when the deadline passes.
        String dropped = plans.send(PlanSnapshot.AMENDED, programme(programmeId, programme, province, 3, "AMENDED",
                List.of(vinhLinh, gioLinh), deadline));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(dropped));
        inbox(issuer(gioLinh)).body("total", equalTo(1));
        inbox(issuer(camLo)).body("total", equalTo(1));
        latePlans.announce(deadline.plusDays(1));
        inbox(issuer(camLo)).body("total", equalTo(1));
        inbox(issuer(gioLinh)).body("total", equalTo(2)).body("items[0].kind", equalTo("PLAN_LATE"));
        inbox(issuer(province)).body("total", equalTo(1))
                .body("items[0].lateOrganizationCodes", containsInAnyOrder(vinhLinh.code(), gioLinh.code()));
    }

    @Test
    void shouldTellTheIssuersWhosePlansRestOnAnAmendedOrRevokedDirectiveOnceEach() {
        QuangTri quangTri = quangTri();
        Org province = quangTri.province();
        Org vinhLinh = quangTri.vinhLinh();
        Org gioLinh = quangTri.gioLinh();
        Org camLo = quangTri.camLo();
        Org politburo = organizations.organization("TW", "Bộ Chính trị", OrganizationLevel.CENTRAL, null);
        UUID directiveId = UUID.randomUUID();
        String resolution = (ThreadLocalRandom.current().nextInt(900) + 100) + "-NQ/TW";
        String implementing = (ThreadLocalRandom.current().nextInt(900) + 100) + "-KH/HU";
        String basedOn = (ThreadLocalRandom.current().nextInt(900) + 100) + "-KH/HU";
        // Vĩnh Linh's plan implements the resolution, Gio Linh's is based on it, Cam Lộ's has nothing to do with it.
        PlanSnapshot.DocumentLink link = new PlanSnapshot.DocumentLink(ReferenceKind.IMPLEMENTS, resolution,
                LocalDate.of(2026, 1, 5), directiveId);
        List<String> sent = List.of(
                plans.send(PlanSnapshot.ISSUED, districtPlan(vinhLinh, implementing, link, List.of())),
                plans.send(PlanSnapshot.ISSUED, districtPlan(gioLinh, basedOn, null, List.of(
                        new PlanSnapshot.DocumentLink(ReferenceKind.BASED_ON, resolution, LocalDate.of(2026, 1, 5),
                                directiveId)))),
                plans.send(PlanSnapshot.ISSUED, districtPlan(camLo, "1-KH/HU", null, List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.stream().allMatch(plans::applied));

        String amended = sendDirective(UUID.randomUUID().toString(), DirectiveSnapshot.AMENDED, directiveId,
                resolution, politburo, 2);
        awaitInbox(issuer(vinhLinh), 1).body("items[0].kind", equalTo("DIRECTIVE_AMENDED"))
                .body("items[0].title", equalTo("Nghị quyết " + resolution + " đã được sửa đổi, bổ sung"))
                .body("items[0].text", equalTo("Bộ Chính trị đã sửa đổi, bổ sung Nghị quyết " + resolution
                        + ", là căn cứ của Kế hoạch " + implementing + "; đề nghị rà soát, điều chỉnh cho phù hợp."))
                .body("items[0].directiveId", equalTo(directiveId.toString()))
                .body("items[0].directiveSymbol", equalTo(resolution))
                .body("items[0].ownPlanSymbols", contains(implementing));
        awaitInbox(issuer(gioLinh), 1).body("items[0].ownPlanSymbols", contains(basedOn));
        given().auth().oauth2(issuer(gioLinh)).header("Accept-Language", "en").when().get("/api/v1/notifications")
                .then().statusCode(200).body("items[0].title", equalTo("Resolution " + resolution + " was amended"));
        inbox(issuer(camLo)).body("total", equalTo(0));
        inbox(reporter(vinhLinh)).body("total", equalTo(0));

        // The same event again: nothing new. Then revoked: told once more.
        sendDirective(amended, DirectiveSnapshot.AMENDED, directiveId, resolution, politburo, 2);
        String published = sendDirective(UUID.randomUUID().toString(), DirectiveSnapshot.PUBLISHED, directiveId,
                resolution, politburo, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(published));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));
        sendDirective(UUID.randomUUID().toString(), DirectiveSnapshot.REVOKED, directiveId, resolution, politburo, 3);
        awaitInbox(issuer(vinhLinh), 2).body("items[0].kind", equalTo("DIRECTIVE_REVOKED"))
                .body("items[0].title", equalTo("Nghị quyết " + resolution + " đã bị thu hồi"));
        awaitInbox(issuer(gioLinh), 2);
        inbox(issuer(camLo)).body("total", equalTo(0));
    }

    @Test
    void shouldTellNobodyLateForACompletedPlanAndTakeAReplacedDirectiveWithoutNotice() {
        QuangTri quangTri = quangTri();
        Org province = quangTri.province();
        Org vinhLinh = quangTri.vinhLinh();
        Org politburo = organizations.organization("TW", "Bộ Chính trị", OrganizationLevel.CENTRAL, null);
        UUID programmeId = UUID.randomUUID();
        String programme = (ThreadLocalRandom.current().nextInt(900) + 100) + "-CTr/TU";
        LocalDate deadline = LocalDate.now().plusDays(10);
        String issued = plans.send(PlanSnapshot.ISSUED, programme(programmeId, programme, province, 1, "ISSUED",
                List.of(vinhLinh), deadline));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        String completed = plans.send(PlanSnapshot.COMPLETED, programme(programmeId, programme, province, 2,
                "COMPLETED", List.of(vinhLinh), deadline));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(completed));

        // The deadline passes after the programme was completed: nobody owes it an answer any more.
        latePlans.announce(deadline.plusDays(1));
        inbox(issuer(vinhLinh)).body("total", equalTo(1)).body("items[0].kind", equalTo("PLAN_OWED"));
        inbox(issuer(province)).body("total", equalTo(0));

        // A directive replaced by a later one is applied (not dead-lettered) and tells nobody here.
        String resolution = (ThreadLocalRandom.current().nextInt(900) + 100) + "-NQ/TW";
        String replaced = sendDirective(UUID.randomUUID().toString(), DirectiveSnapshot.REPLACED, UUID.randomUUID(),
                resolution, politburo, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(replaced));
        inbox(issuer(vinhLinh)).body("total", equalTo(1));
    }

    /** Quảng Trị's committee and three of its districts, new codes each time (tests never share them). */
    private QuangTri quangTri() {
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        return new QuangTri(province,
                organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province),
                organizations.organization("HU", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province),
                organizations.organization("HU", "Huyện ủy Cam Lộ", OrganizationLevel.DISTRICT, province));
    }

    private record QuangTri(Org province, Org vinhLinh, Org gioLinh, Org camLo) {
    }

    private static PlanSnapshot districtPlan(Org district, String symbol, PlanSnapshot.DocumentLink implementing,
            List<PlanSnapshot.DocumentLink> basedOn) {
        return new PlanSnapshot(UUID.randomUUID(), symbol, "KH", district.id(), district.code(),
                LocalDate.of(2026, 2, 1), "Kế hoạch thực hiện Nghị quyết", "ISSUED", 1, implementing, null, basedOn,
                List.of(), List.of(), List.of(), null);
    }

    private String sendDirective(String eventId, String type, UUID id, String symbol, Org issuer, long version) {
        DirectiveSnapshot directive = new DirectiveSnapshot(id, symbol, "NQ", issuer.id(), issuer.code(),
                LocalDate.of(2026, 1, 5), "XIII", "Nghị quyết về tăng cường củng cố, xây dựng tổ chức cơ sở đảng",
                null, type.equals(DirectiveSnapshot.REVOKED) ? "REVOKED" : "AMENDED", List.of(), List.of(), version);
        try {
            KafkaProbe.send(Topics.DIRECTIVES, id.toString(), codec.encode(eventId,
                    URI.create("/cascade/directive-service"), type, id.toString(), OffsetDateTime.now(),
                    objectMapper.writeValueAsString(directive)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    private static PlanSnapshot programme(UUID id, String symbol, Org issuer, long version, String status,
            List<Org> mustAnswer) {
        return programme(id, symbol, issuer, version, status, mustAnswer, LocalDate.of(2026, 3, 31));
    }

    private static PlanSnapshot programme(UUID id, String symbol, Org issuer, long version, String status,
            List<Org> mustAnswer, LocalDate deadline) {
        return new PlanSnapshot(id, symbol, "CTR", issuer.id(), issuer.code(), LocalDate.of(2026, 1, 15),
                "Chương trình hành động thực hiện Nghị quyết", status, version, null, null, List.of(), List.of(),
                List.of(), List.of(), new PlanSnapshot.SubordinatePlanDuty(
                        mustAnswer.stream().map(Org::ref).toList(), deadline));
    }

    private static ValidatableResponse awaitInbox(String token, int total) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .when().get("/api/v1/notifications").then().statusCode(200).extract().<Integer>path("total") >= total);
        return inbox(token).body("total", equalTo(total));
    }

    private static ValidatableResponse inbox(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/notifications").then().statusCode(200);
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer-" + organization.code(), organization.code(), "issuer");
    }

    private static String reporter(Org organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }
}
