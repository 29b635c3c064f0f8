package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.ObligationSnapshot;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.notification.service.NotificationMailer;
import vn.cascade.reporting.notification.service.NotificationRetention;
import vn.cascade.reporting.service.ReportingScheduleService;

/**
 * Notifications from the report events, through the real chain: the schedule's tick or a report's submission
 * writes the event to the outbox, the relay puts it on Kafka, the service's consumer reads it back and makes the
 * inbox entries and the mail, which goes to a real SMTP server. Plans of 2024, ticked in 2024 only: no other test
 * ticks there, and the schedule test's 2020 periods are left alone.
 */
@QuarkusTest
class NotificationsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestPlans plans;
    @Inject
    TestOrganizations organizations;
    @Inject
    ReportingScheduleService schedule;
    @Inject
    NotificationMailer mailer;
    @Inject
    CloudEventCodec codec;
    @Inject
    NotificationRetention retention;
    @TestHTTPResource("/api/v1/notifications/stream")
    URI streamUri;

    Org province;
    Org vinhLinh;
    Org gioLinh;
    String tag;

    @BeforeEach
    void givenAProvinceWithTwoDistrictsThatRegisteredTheirContacts() {
        province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        vinhLinh = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        gioLinh = organizations.organization("HU", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        tag = UUID.randomUUID().toString().substring(0, 8);
        replaceContacts(admin(), vinhLinh, 0, List.of(
                contact("REPORTER", mail("vanphong-vinhlinh"), "vi"),
                contact("REPORTER", mail("clerk-vinhlinh"), "en"),
                contact("REVIEWER", mail("reviewer-vinhlinh"), "vi"))).statusCode(200).body("version", equalTo(1));
        replaceContacts(admin(), gioLinh, 0, List.of(contact("REPORTER", mail("vanphong-giolinh"), null)))
                .statusCode(200);
        replaceContacts(admin(), province, 0, List.of(contact("REVIEWER", mail("btc-quangtri"), "vi")))
                .statusCode(200);
    }

    @Test
    void shouldTellTheReportersOfTheOwingOrganisationOnceWhenItsReportComesDue() {
        UUID planId = issueQuarterlyPlan(List.of(vinhLinh));

        schedule.tick(Instant.parse("2024-03-30T03:00:00Z"));

        String id = awaitInbox(reporter(vinhLinh), 1).body("items[0].kind", equalTo("REPORT_DUE"))
                .body("items[0].title", equalTo("Báo cáo quý I/2024 của Kế hoạch " + symbol(planId)
                        + " đến hạn ngày 05/04/2024"))
                .body("items[0].text", equalTo("Huyện ủy Vĩnh Linh cần gửi báo cáo quý I/2024 thực hiện Kế hoạch "
                        + symbol(planId) + " đến Tỉnh ủy Quảng Trị chậm nhất ngày 05/04/2024."))
                .body("items[0].organizationCode", equalTo(vinhLinh.code()))
                .body("items[0].audienceRole", equalTo("REPORTER"))
                .body("items[0].dueDate", equalTo("2024-04-05"))
                .body("items[0].read", equalTo(false))
                .extract().path("items[0].id");
        given().auth().oauth2(reporter(vinhLinh)).header("Accept-Language", "en-GB, vi;q=0.5")
                .when().get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].title", equalTo("The Q1 2024 report on Plan " + symbol(planId)
                        + " is due on 5 April 2024"));
        inbox(reviewer(vinhLinh)).body("total", equalTo(0));
        inbox(reviewer(province)).body("total", equalTo(0));
        inbox(reporter(gioLinh)).body("total", equalTo(0));

        // one mail per registered reporter contact of Vĩnh Linh, in its language; none to anyone else
        mailer.sendPending();
        List<MimeMessage> vietnamese = GreenMailTestResource.receivedBy(mail("vanphong-vinhlinh"));
        assertEquals(1, vietnamese.size());
        assertEquals("Báo cáo quý I/2024 của Kế hoạch " + symbol(planId) + " đến hạn ngày 05/04/2024",
                subject(vietnamese.getFirst()));
        assertTrue(text(vietnamese.getFirst()).contains("Kính gửi các đồng chí"), text(vietnamese.getFirst()));
        List<MimeMessage> english = GreenMailTestResource.receivedBy(mail("clerk-vinhlinh"));
        assertEquals(1, english.size());
        assertEquals("The Q1 2024 report on Plan " + symbol(planId) + " is due on 5 April 2024",
                subject(english.getFirst()));
        for (String nobody : List.of("reviewer-vinhlinh", "vanphong-giolinh", "btc-quangtri")) {
            assertEquals(List.of(), GreenMailTestResource.receivedBy(mail(nobody)), nobody);
        }

        // the same event once more: the consumer's ledger skips it, so no entry and no mail
        redeliverDueEvent(obligation(planId, "Q1").id);
        inbox(reporter(vinhLinh)).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        mailer.sendPending();
        assertEquals(1, GreenMailTestResource.receivedBy(mail("vanphong-vinhlinh")).size());
        assertEquals(1, GreenMailTestResource.receivedBy(mail("clerk-vinhlinh")).size());
    }

    @Test
    void shouldTellTheRecipientsReviewersThatASubmittedReportWaitsAndTheReportersWhenItComesBack() {
        UUID planId = issueQuarterlyPlan(List.of(vinhLinh));
        String obligationId = obligation(planId, "Q1").id.toString();

        Map<String, Object> report = new HashMap<>(Map.of("obligationId", obligationId,
                "narrative", Map.of("results", "Kết nạp 35 đảng viên mới")));
        String reportId = given().auth().oauth2(reporter(vinhLinh)).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        transition(reporter(vinhLinh), reportId, "submit", 0, null).statusCode(200);

        awaitInbox(reviewer(province), 1).body("items[0].kind", equalTo("REPORT_SUBMITTED"))
                .body("items[0].title", equalTo("Huyện ủy Vĩnh Linh đã gửi báo cáo quý I/2024 của Kế hoạch "
                        + symbol(planId)))
                .body("items[0].organizationCode", equalTo(province.code()))
                .body("items[0].audienceRole", equalTo("REVIEWER"));
        inbox(reporter(vinhLinh)).body("total", equalTo(0));
        inbox(reviewer(vinhLinh)).body("total", equalTo(0));

        transition(reviewer(province), reportId, "return", 1, "Đề nghị bổ sung số liệu kết nạp đảng viên").statusCode(200);
        awaitInbox(reporter(vinhLinh), 1).body("items[0].kind", equalTo("REPORT_RETURNED"))
                .body("items[0].text", containsString("Ý kiến: Đề nghị bổ sung số liệu kết nạp đảng viên"));

        mailer.sendPending();
        assertEquals(1, GreenMailTestResource.receivedBy(mail("btc-quangtri")).size());
        assertEquals(1, GreenMailTestResource.receivedBy(mail("vanphong-vinhlinh")).size());
        assertEquals("Báo cáo quý I/2024 của Kế hoạch " + symbol(planId) + " bị trả lại",
                subject(GreenMailTestResource.receivedBy(mail("vanphong-vinhlinh")).getFirst()));
        assertEquals(List.of(), GreenMailTestResource.receivedBy(mail("reviewer-vinhlinh")));
    }

    @Test
    void shouldGiveADelegatedClerkWhatTheCommitteeReceives() {
        // "báo cáo về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)": the Ban Tổ chức reviews on the committee's behalf
        Org btc = organizations.advisoryBody("BTC", "Ban Tổ chức Tỉnh ủy Quảng Trị", province);
        replaceContacts(admin(), btc, 0, List.of(contact("REVIEWER", mail("clerk-btc"), "vi"))).statusCode(200);
        UUID planId = UUID.randomUUID();
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", province.ref(), List.of(requirement(
                UUID.randomUUID(), List.of(vinhLinh.ref(), gioLinh.ref()), province.ref(), btc.ref(),
                Set.of(ReportingFrequency.QUARTERLY), List.of(2024), 5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        String obligationId = obligation(planId, "Q1").id.toString();
        String reportId = given().auth().oauth2(reporter(vinhLinh)).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "narrative", Map.of("results", "Kết nạp 35 đảng viên mới")))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        transition(reporter(vinhLinh), reportId, "submit", 0, null).statusCode(200);

        String clerk = reviewer(btc);
        awaitInbox(reviewer(province), 1).body("items[0].kind", equalTo("REPORT_SUBMITTED"));
        awaitInbox(clerk, 1).body("items[0].kind", equalTo("REPORT_SUBMITTED"))
                .body("items[0].title", equalTo("Huyện ủy Vĩnh Linh đã gửi báo cáo quý I/2024 của Kế hoạch "
                        + symbol(planId)))
                .body("items[0].organizationCode", equalTo(btc.code()))
                .body("items[0].obligationId", equalTo(obligationId));
        // the committee's reviewers and the clerk alike; not the districts, not the clerk's other roles
        inbox(reviewer(gioLinh)).body("total", equalTo(0));
        inbox(TestTokens.user("reporter-" + btc.code(), btc.code(), "reporter")).body("total", equalTo(0));
        mailer.sendPending();
        assertEquals(1, GreenMailTestResource.receivedBy(mail("clerk-btc")).size());
        assertEquals(1, GreenMailTestResource.receivedBy(mail("btc-quangtri")).size());

        // Gio Linh's Q1 goes overdue: the committee's reviewers are told, so is the clerk
        schedule.tick(Instant.parse("2024-04-08T03:00:00Z"));
        awaitInbox(clerk, 2).body("items[0].kind", equalTo("REPORT_OVERDUE"))
                .body("items[0].reporterCode", equalTo(gioLinh.code()));
        inbox(reviewer(province)).body("total", equalTo(2)).body("items[0].kind", equalTo("REPORT_OVERDUE"));
    }

    @Test
    void shouldCountUnreadPerUserAndFoldAStormIntoOneDigestPerContact() {
        UUID planId = issueQuarterlyPlan(List.of(vinhLinh, gioLinh));

        // the clock jumps to the end of June: Q1 is past due (its reminder is overtaken by the overdue mark), Q2 due
        schedule.tick(Instant.parse("2024-06-29T03:00:00Z"));

        awaitInbox(reporter(vinhLinh), 2).body("items.kind", hasItem("REPORT_OVERDUE"))
                .body("items.kind", hasItem("REPORT_DUE"))
                .body("items.organizationCode", everyItem(equalTo(vinhLinh.code())));
        awaitInbox(reviewer(province), 2).body("items.kind", everyItem(equalTo("REPORT_OVERDUE")));
        String gioLinhsOwn = awaitInbox(reporter(gioLinh), 2).extract().path("items[0].id");

        String clerk = reporter(vinhLinh);
        String colleague = TestTokens.user("colleague-" + vinhLinh.code(), vinhLinh.code(), "reporter");
        unread(clerk).body("unread", equalTo(2));
        String first = inbox(clerk).extract().path("items[0].id");
        // offline sync: after both arrived, only what the clerk reads from now on is a change (for the clerk)
        String since = OffsetDateTime.parse(inbox(clerk).extract().<String>path("items[0].createdAt"))
                .plusNanos(1000).toString();
        given().auth().oauth2(clerk).queryParam("updatedSince", since).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(clerk).when().post("/api/v1/notifications/{id}/read", first)
                .then().statusCode(200).body("id", equalTo(first)).body("read", equalTo(true));
        given().auth().oauth2(clerk).when().post("/api/v1/notifications/{id}/read", first).then().statusCode(200);
        unread(clerk).body("unread", equalTo(1));
        unread(colleague).body("unread", equalTo(2));
        given().auth().oauth2(clerk).queryParam("updatedSince", since).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(first))
                .body("items[0].read", equalTo(true));
        given().auth().oauth2(colleague).queryParam("updatedSince", since).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(clerk).queryParam("unread", true).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(inbox(clerk)
                        .extract().path("items[1].id")));
        given().auth().oauth2(clerk).when().post("/api/v1/notifications/read-all")
                .then().statusCode(200).body("marked", equalTo(1));
        unread(clerk).body("unread", equalTo(0));
        inbox(clerk).body("total", equalTo(2)).body("items.read", everyItem(equalTo(true)));

        // Gio Linh's notification is not Vĩnh Linh's to read
        given().auth().oauth2(clerk).when().post("/api/v1/notifications/{id}/read", gioLinhsOwn)
                .then().statusCode(404).contentType(PROBLEM);
        unread(reporter(gioLinh)).body("unread", equalTo(2));

        mailer.sendPending();
        List<MimeMessage> digest = GreenMailTestResource.receivedBy(mail("vanphong-vinhlinh"));
        assertEquals(1, digest.size(), "two notifications, one mail");
        assertEquals("Cascade: 2 thông báo mới", subject(digest.getFirst()));
        String body = text(digest.getFirst());
        assertTrue(body.contains("đã quá hạn (hạn ngày 05/04/2024)") && body.contains("đến hạn ngày 05/07/2024"), body);
        assertEquals(1, GreenMailTestResource.receivedBy(mail("btc-quangtri")).size(),
                "the province: both districts' overdue Q1 in one mail");
        assertEquals("Cascade: 2 new notifications", subject(GreenMailTestResource.receivedBy(mail("clerk-vinhlinh"))
                .getFirst()));
    }

    @Test
    void shouldKeepEachUsersPreferencesAndMailADailyDigestOnceADayNotAStorm() {
        String clerk = TestTokens.user("clerk-" + tag, vinhLinh.code(), "reporter");
        preferences(clerk).statusCode(200).body("version", equalTo(0)).body("inbox", equalTo(true))
                .body("mail", equalTo(false)).body("delivery", equalTo("IMMEDIATE"))
                .body("organizationCode", equalTo(vinhLinh.code())).body("roles", contains("REPORTER"));
        savePreferences(clerk, Map.of("version", 0, "inbox", true, "mail", true)).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("email"));
        savePreferences(clerk, Map.of("version", 0, "inbox", true, "mail", true, "email", "not an address"))
                .statusCode(400).contentType(PROBLEM);
        savePreferences(clerk, Map.of("version", 0, "mail", false)).statusCode(400).contentType(PROBLEM);
        savePreferences(clerk, Map.of("version", 0, "inbox", true, "mail", false, "language", "fr")).statusCode(400);
        savePreferences(clerk, Map.of("version", 0, "inbox", true, "mail", false, "delivery", "HOURLY"))
                .statusCode(400).contentType(PROBLEM);
        savePreferences(clerk, Map.of("version", 0, "inbox", true, "mail", true, "email", mail("Clerk-Digest"),
                "delivery", "DAILY_DIGEST")).statusCode(200).body("version", equalTo(1))
                .body("email", equalTo(mail("Clerk-Digest")))
                .body("delivery", equalTo("DAILY_DIGEST"));
        savePreferences(clerk, Map.of("version", 0, "inbox", true, "mail", false)).statusCode(409).contentType(PROBLEM);
        given().when().get("/api/v1/notifications/preferences").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("portal", vinhLinh.code(), "reader"))
                .when().get("/api/v1/notifications/preferences").then().statusCode(403);

        // the clock jumps: Q1 overdue and Q2 due at once; the digest waits for the morning, then is one mail
        issueQuarterlyPlan(List.of(vinhLinh));
        schedule.tick(Instant.parse("2024-06-29T03:00:00Z"));
        awaitInbox(clerk, 2);
        mailer.sendPending();
        assertEquals(List.of(), GreenMailTestResource.receivedBy(mail("clerk-digest")));
        assertEquals(1, GreenMailTestResource.receivedBy(mail("vanphong-vinhlinh")).size(), "contacts: at once");
        OffsetDateTime tomorrow = OffsetDateTime.now().plusDays(1).plusHours(1);
        mailer.sendPending(tomorrow);
        List<MimeMessage> digest = GreenMailTestResource.receivedBy(mail("clerk-digest"));
        assertEquals(1, digest.size(), "one digest for two notifications");
        assertEquals("Cascade: 2 thông báo mới", subject(digest.getFirst()));
        mailer.sendPending(tomorrow.plusDays(1));
        assertEquals(1, GreenMailTestResource.receivedBy(mail("clerk-digest")).size(), "never twice");

        // the inbox off: the clerk sees nothing (nothing is deleted), a colleague still everything
        savePreferences(clerk, Map.of("version", 1, "inbox", false, "mail", false)).statusCode(200)
                .body("inbox", equalTo(false));
        inbox(clerk).body("total", equalTo(0));
        unread(clerk).body("unread", equalTo(0));
        unread(TestTokens.user("colleague-" + tag, vinhLinh.code(), "reporter")).body("unread", equalTo(2));
        savePreferences(clerk, Map.of("version", 2, "inbox", true, "mail", false)).statusCode(200);
        inbox(clerk).body("total", equalTo(2));
    }

    @Test
    void shouldStreamTheCallersNewNotificationsAndNoOneElses() throws Exception {
        given().when().get("/api/v1/notifications/stream").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("portal", vinhLinh.code(), "reader"))
                .when().get("/api/v1/notifications/stream").then().statusCode(403);
        try (EventStream clerk = EventStream.open(streamUri, reporter(vinhLinh));
                EventStream other = EventStream.open(streamUri, reporter(gioLinh))) {
            UUID planId = issueQuarterlyPlan(List.of(vinhLinh));
            schedule.tick(Instant.parse("2024-03-30T03:00:00Z"));

            String event = clerk.events().poll(30, TimeUnit.SECONDS);
            assertTrue(event != null && event.contains("\"kind\":\"REPORT_DUE\"")
                    && event.contains("Báo cáo quý I/2024 của Kế hoạch " + symbol(planId)), event);
            assertTrue(event.contains("\"organizationCode\":\"" + vinhLinh.code() + "\""), event);
            assertEquals(null, other.events().poll(5, TimeUnit.SECONDS), "Gio Linh hears nothing of Vĩnh Linh's");
            assertEquals(null, clerk.events().poll(3, TimeUnit.SECONDS), "each notification once");
        }
    }

    @Test
    void shouldForgetNotificationsOlderThanTheRetention() {
        issueQuarterlyPlan(List.of(vinhLinh));
        schedule.tick(Instant.parse("2024-03-30T03:00:00Z"));
        String old = awaitInbox(reporter(vinhLinh), 1).extract().path("items[0].id");
        plans.execute("UPDATE notification SET created_at = now() - interval '400 days' WHERE id = ?1",
                UUID.fromString(old));
        schedule.tick(Instant.parse("2024-04-08T03:00:00Z"));
        awaitInbox(reporter(vinhLinh), 2);

        assertTrue(retention.purge() >= 1);
        inbox(reporter(vinhLinh)).body("total", equalTo(1)).body("items[0].kind", equalTo("REPORT_OVERDUE"));
    }

    /** A live SSE connection whose data lines are collected as they come. */
    private record EventStream(LinkedBlockingQueue<String> events, HttpResponse<Stream<String>> response)
            implements AutoCloseable {

        static EventStream open(URI uri, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").build();
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try {
                    response.body().filter(line -> line.startsWith("data:"))
                            .forEach(line -> events.add(line.substring(5)));
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new EventStream(events, response);
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void shouldShowEachUserOnlyItsOwnOrganisationsAndRolesInbox() {
        issueQuarterlyPlan(List.of(vinhLinh));
        schedule.tick(Instant.parse("2024-03-30T03:00:00Z"));
        awaitInbox(reporter(vinhLinh), 1);

        inbox(reporter(gioLinh)).body("total", equalTo(0));
        unread(reporter(gioLinh)).body("unread", equalTo(0));
        inbox(admin()).body("total", equalTo(0));
        inbox(TestTokens.user("issuer-" + vinhLinh.code(), vinhLinh.code(), "issuer")).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.user("portal", vinhLinh.code(), "reader"))
                .when().get("/api/v1/notifications").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/v1/notifications/unread-count").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("nobody", "", "reporter"))
                .when().get("/api/v1/notifications").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldLetOnlyAnAdministratorOrTheOrganisationsIssuerKeepItsContacts() {
        String issuer = TestTokens.user("issuer-" + vinhLinh.code(), vinhLinh.code(), "issuer");
        given().auth().oauth2(issuer).when().get("/api/v1/organizations/{code}/contacts", vinhLinh.code())
                .then().statusCode(200).body("version", equalTo(1)).body("contacts.size()", equalTo(3))
                .body("contacts.email", hasItem(mail("clerk-vinhlinh")));
        replaceContacts(issuer, vinhLinh, 1, List.of(contact("REPORTER", "Van.Phong@VinhLinh.Example.VN", "vi")))
                .statusCode(200).body("version", equalTo(2))
                .body("contacts[0].email", equalTo("Van.Phong@vinhlinh.example.vn"));
        replaceContacts(issuer, vinhLinh, 1, List.of()).statusCode(409).contentType(PROBLEM);
        replaceContacts(issuer, gioLinh, 1, List.of()).statusCode(403).contentType(PROBLEM);
        replaceContacts(reporter(vinhLinh), vinhLinh, 2, List.of()).statusCode(403);
        replaceContacts(issuer, vinhLinh, 2, List.of(contact("REPORTER", "a@b.vn", "vi"),
                contact("REPORTER", "A@B.VN", "vi"))).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("contacts[1].email"));
        replaceContacts(issuer, vinhLinh, 2, List.of(contact("REPORTER", "not an address", "vi")))
                .statusCode(400).contentType(PROBLEM);
        replaceContacts(issuer, vinhLinh, 2, List.of(contact("REPORTER", "a@b.vn", "fr"))).statusCode(400);
        replaceContacts(admin(), new Org(UUID.randomUUID(), "HU-NOWHERE", "", ""), 0, List.of()).statusCode(404);
        given().auth().oauth2(issuer).when().get("/api/v1/organizations/{code}/contacts", gioLinh.code())
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(admin()).when().get("/api/v1/organizations/{code}/contacts", gioLinh.code())
                .then().statusCode(200).body("contacts[0].language", equalTo("vi"));
    }

    private UUID issueQuarterlyPlan(List<Org> reporters) {
        UUID planId = UUID.randomUUID();
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", province.ref(), List.of(requirement(
                UUID.randomUUID(), reporters.stream().map(Org::ref).toList(), province.ref(), null,
                Set.of(ReportingFrequency.QUARTERLY), List.of(2024), 5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        return planId;
    }

    private String symbol(UUID planId) {
        return plans.obligations(planId).getFirst().planSymbol;
    }

    private ReportingObligation obligation(UUID planId, String periodKind) {
        return plans.obligations(planId).stream()
                .filter(o -> o.organizationCode.equals(vinhLinh.code()) && o.periodKind.name().equals(periodKind))
                .findFirst().orElseThrow();
    }

    /** Puts the obligation's due event on the topic again, then waits until the consumer has passed it. */
    private void redeliverDueEvent(UUID obligationId) {
        String key = obligationId.toString();
        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(Topics.REPORTS, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(record -> isDueEventOf(record, key)));
        ConsumerRecord<String, byte[]> due = records.stream().filter(record -> isDueEventOf(record, key))
                .findFirst().orElseThrow();
        KafkaProbe.send(Topics.REPORTS, key, due.value());
        // a later event of the same key sits behind it on the same partition
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.REPORTS, key, codec.encode(marker, URI.create("/cascade/test"),
                "vn.cascade.test.marker.v1", key, OffsetDateTime.now(), "{}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(marker));
    }

    private static boolean isDueEventOf(ConsumerRecord<String, byte[]> record, String obligationId) {
        var event = KafkaProbe.decodeOrNull(record);
        return event != null && obligationId.equals(event.getSubject()) && ObligationSnapshot.DUE.equals(event.getType());
    }

    private static ValidatableResponse awaitInbox(String token, int total) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .when().get("/api/v1/notifications").then().statusCode(200).extract().<Integer>path("total") >= total);
        return inbox(token).body("total", equalTo(total));
    }

    private static ValidatableResponse inbox(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/notifications").then().statusCode(200);
    }

    private static ValidatableResponse unread(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/notifications/unread-count").then().statusCode(200);
    }

    private static ValidatableResponse preferences(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/notifications/preferences").then();
    }

    private static ValidatableResponse savePreferences(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/notifications/preferences").then();
    }

    private static ValidatableResponse replaceContacts(String token, Org organization, long version,
            List<Map<String, Object>> contacts) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", version, "contacts", contacts))
                .when().put("/api/v1/organizations/{code}/contacts", organization.code()).then();
    }

    private static Map<String, Object> contact(String role, String email, String language) {
        Map<String, Object> contact = new HashMap<>(Map.of("role", role, "email", email));
        if (language != null) {
            contact.put("language", language);
        }
        return contact;
    }

    private static ValidatableResponse transition(String token, String id, String action, long version,
            String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version));
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports/{id}/" + action, id).then();
    }

    /** A mailbox of this test run, so that no other test's mail is counted. */
    private String mail(String who) {
        return who + "-" + tag + "@example.vn";
    }

    private static String admin() {
        return TestTokens.user("admin", "BCHTW", "admin");
    }

    private static String reporter(Org organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }

    private static String reviewer(Org organization) {
        return TestTokens.user("reviewer-" + organization.code(), organization.code(), "reviewer");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text alternative of the mail. */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return (String) part.getContent();
                    }
                }
            }
            return String.valueOf(content);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
