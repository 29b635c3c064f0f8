package vn.cascade.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cascade.client.directive.model.CreateOrganizationRequest;
import vn.cascade.client.directive.model.Directive;
import vn.cascade.client.directive.model.DirectiveReferenceRequest;
import vn.cascade.client.directive.model.DirectiveRequest;
import vn.cascade.client.directive.model.DirectiveStatus;
import vn.cascade.client.directive.model.Implementation;
import vn.cascade.client.directive.model.ImplementationAnswer;
import vn.cascade.client.directive.model.OrganizationKind;
import vn.cascade.client.directive.model.OrganizationLevel;
import vn.cascade.client.directive.model.ReferenceKind;
import vn.cascade.client.plan.model.Cascade;
import vn.cascade.client.plan.model.CascadeNode;
import vn.cascade.client.plan.model.DocumentReference;
import vn.cascade.client.plan.model.Plan;
import vn.cascade.client.plan.model.PlanRequest;
import vn.cascade.client.plan.model.PlanStatus;
import vn.cascade.client.plan.model.Purpose;
import vn.cascade.client.plan.model.Recipient;
import vn.cascade.client.plan.model.ReportedTaskProgress;
import vn.cascade.client.plan.model.ReportingFrequency;
import vn.cascade.client.plan.model.ReportingRequirementRequest;
import vn.cascade.client.plan.model.Signer;
import vn.cascade.client.plan.model.SubordinatePlans;
import vn.cascade.client.plan.model.Task;
import vn.cascade.client.plan.model.TaskRequest;
import vn.cascade.client.plan.model.Timeframe;
import vn.cascade.client.plan.model.TimeframeKind;
import vn.cascade.client.reporting.model.AudienceRole;
import vn.cascade.client.reporting.model.ClockMove;
import vn.cascade.client.reporting.model.Contact;
import vn.cascade.client.reporting.model.ContactListUpdate;
import vn.cascade.client.reporting.model.Notification;
import vn.cascade.client.reporting.model.NotificationKind;
import vn.cascade.client.reporting.model.ObligationStatus;
import vn.cascade.client.reporting.model.Report;
import vn.cascade.client.reporting.model.ReportNarrative;
import vn.cascade.client.reporting.model.ReportRequest;
import vn.cascade.client.reporting.model.ReportStatus;
import vn.cascade.client.reporting.model.ReportTransition;
import vn.cascade.client.reporting.model.ReportingObligation;
import vn.cascade.client.reporting.model.ReportingPeriodKind;
import vn.cascade.client.reporting.model.Rollup;
import vn.cascade.client.reporting.model.RollupFigure;
import vn.cascade.client.reporting.model.RollupRow;
import vn.cascade.client.reporting.model.TaskProgress;
import vn.cascade.client.reporting.model.ReportedTaskStatus;

/**
 * The whole story against the real stack, through the generated Java client and real Keycloak tokens: a
 * resolution of the Central Committee goes down to a district (21-NQ/TW → 07-KH/TW → 48-CTr/TU → 68-KH/HU in
 * the seeds; here numbered afresh for every run), the district's reporting obligations appear from the plan
 * event alone, a moved clock makes the first quarterly report due (the district's reporters are told, in their
 * inbox and by mail), the report goes up through review, and its
 * figures reach plan-service, the province's roll-up and directive-service. Then who may not see or do what, and
 * the province's Organisation Department reviewing what is routed through it while the portal oversees.
 * The steps run in order and share what they created; a step whose predecessor failed is skipped.
 */
@ExtendWith(CascadeStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CascadeStoryIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Events travel within a second; services on two busy cores may take longer to apply them. */
    private static final Duration EVENT = Duration.ofSeconds(90);
    /** reporting-service's scheduler ticks every 15 s. */
    private static final Duration SCHEDULER = Duration.ofSeconds(90);

    private RunningStack stack;
    private Caller admin;
    private Caller centre;
    private Caller politburo;
    private Caller province;
    private Caller provinceReviewer;
    private Caller district;
    private Caller districtReporter;
    private Caller portal;

    /** Document numbers of this run, so that the story can run again against the same stack. */
    private final int number = ThreadLocalRandom.current().nextInt(100, 1000);
    private final LocalDate today = LocalDate.now(VIETNAM);
    /** The district reports on next year: its obligations are all in the future until the clock is moved. */
    private final int reportYear = today.getYear() + 1;

    private Directive resolution;
    private Plan politburoPlan;
    private Plan provinceProgramme;
    private Plan districtPlan;
    private Map<ReportingPeriodKind, ReportingObligation> obligations;
    private Report acceptedReport;

    @BeforeAll
    void loadTheOrganisations(RunningStack stack) throws Exception {
        this.stack = stack;
        Keycloak keycloak = new Keycloak(stack);
        admin = Caller.user(stack, keycloak, "admin");
        centre = Caller.user(stack, keycloak, "bchtw.issuer");
        politburo = Caller.user(stack, keycloak, "bct.issuer");
        province = Caller.user(stack, keycloak, "quangtri.issuer");
        provinceReviewer = Caller.user(stack, keycloak, "quangtri.reviewer");
        district = Caller.user(stack, keycloak, "vinhlinh.issuer");
        districtReporter = Caller.user(stack, keycloak, "vinhlinh.reporter");
        portal = Caller.portal(stack, keycloak);

        // Reference data through the API, as an operator would: the organisations of the seed documents, and a
        // district of Cần Thơ (the Ninh Kiều reporter's) to show that districts do not see each other's reports.
        admin.organizations().loadOrganizationReferenceData();
        admin.organizations().importOrganizations(List.of(new CreateOrganizationRequest().code("QU-NINHKIEU")
                .name("Quận ủy Ninh Kiều").shortName("QU Ninh Kiều").level(OrganizationLevel.DISTRICT)
                .kind(OrganizationKind.PARTY_COMMITTEE).parentCode("TU-CANTHO")));
    }

    @AfterAll
    void putTheClockBack() throws Exception {
        if (admin != null) {
            admin.reportingClock().resetClock();
        }
    }

    @Test
    @Order(1)
    @DisplayName("the centre publishes a resolution; the Politburo, Quảng Trị and Vĩnh Linh answer it with plans")
    void shouldCascadeAResolutionDownToTheDistrict() throws Exception {
        Directive draft = centre.directives().draftDirective(new DirectiveRequest()
                .symbol(number + "-NQ/TW").issuingOrganizationCode("BCHTW").issueDate(today.minusDays(40)).term("XIII")
                .title("Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên "
                        + "trong giai đoạn mới (kiểm thử hệ thống)")
                .addTargetsItem(new vn.cascade.client.directive.model.Target().indicatorCode("NEW_MEMBER_RATE")
                        .label("Kết nạp đảng viên mới hằng năm đạt từ 3% tổng số đảng viên trở lên")
                        .comparator(vn.cascade.client.directive.model.TargetComparator.AT_LEAST).value(new BigDecimal("3"))
                        .unit(vn.cascade.client.directive.model.TargetUnit.PERCENT)
                        .period(new vn.cascade.client.directive.model.TargetPeriod()
                                .kind(vn.cascade.client.directive.model.TargetPeriodKind.ANNUALLY)
                                .fromYear(today.getYear()).toYear(2030))
                        .numeratorIndicator("NEW_MEMBERS_ADMITTED").denominatorIndicator("TOTAL_MEMBERS")),
                UUID.randomUUID().toString(), null);
        resolution = centre.directives().publishDirective(draft.getId(),
                new vn.cascade.client.directive.model.StatusChangeRequest().version(draft.getVersion()), null, null);
        assertEquals(DirectiveStatus.PUBLISHED, resolution.getStatus());

        politburoPlan = issue(politburo, new PlanRequest()
                .symbol(number + "-KH/TW").issuingOrganizationCode("BCT").issueDate(today.minusDays(30)).issuePlace("Hà Nội")
                .title("Kế hoạch thực hiện Nghị quyết số " + resolution.getSymbol())
                .implementsDirective(reference(resolution.getSymbol(), resolution.getIssueDate()))
                .addTasksItem(new TaskRequest().number("II.2")
                        .text("Hướng dẫn các cấp uỷ tổ chức nghiên cứu, học tập, quán triệt Nghị quyết và Kế hoạch thực hiện.")
                        .addLeadUnitsItem(unit("BTGTW", "Ban Tuyên giáo Trung ương"))
                        .timeframe(new Timeframe().text("Thường xuyên").kind(TimeframeKind.ONGOING)))
                .subordinatePlans(new SubordinatePlans().addAddresseesItem("TU-QUANGTRI").deadline(today.plusDays(60)))
                .signer(new Signer().onBehalfOf("T/M BỘ CHÍNH TRỊ").name("Võ Văn Thưởng")));

        provinceProgramme = issue(province, new PlanRequest()
                .symbol(number + "-CTr/TU").issuingOrganizationCode("TU-QUANGTRI").issueDate(today.minusDays(20))
                .issuePlace("Đông Hà")
                .title("Chương trình hành động thực hiện Nghị quyết số " + resolution.getSymbol())
                .implementsDirective(reference(resolution.getSymbol(), resolution.getIssueDate()))
                .addBasedOnItem(reference(politburoPlan.getSymbol(), politburoPlan.getIssueDate()))
                .addTasksItem(new TaskRequest().number("1")
                        .text("Rà soát, kiện toàn tổ chức cơ sở đảng trên địa bàn tỉnh.")
                        .addLeadUnitsItem(unit("BTC-TU-QUANGTRI", "Ban Tổ chức Tỉnh ủy"))
                        .timeframe(new Timeframe().text("Hằng năm")))
                .subordinatePlans(new SubordinatePlans().addAddresseesItem("HU-VINHLINH").deadline(today.plusDays(30))));
        assertEquals(politburoPlan.getSymbol(), provinceProgramme.getParentPlanSymbol());

        districtPlan = issue(district, new PlanRequest()
                .symbol(number + "-KH/HU").issuingOrganizationCode("HU-VINHLINH").issueDate(today.minusDays(10))
                .issuePlace("Vĩnh Linh")
                .title("Kế hoạch thực hiện Nghị quyết số " + resolution.getSymbol() + " của Ban Chấp hành Trung ương Đảng")
                .implementsDirective(reference(resolution.getSymbol(), resolution.getIssueDate()))
                .addBasedOnItem(reference(politburoPlan.getSymbol(), politburoPlan.getIssueDate()))
                .addBasedOnItem(reference(provinceProgramme.getSymbol(), provinceProgramme.getIssueDate()))
                .addTargetsItem(new vn.cascade.client.plan.model.Target().indicatorCode("NEW_MEMBERS_ADMITTED")
                        .label("Hằng năm toàn huyện kết nạp từ 130 đảng viên trở lên")
                        .comparator(vn.cascade.client.plan.model.TargetComparator.AT_LEAST).value(new BigDecimal("130"))
                        .unit(vn.cascade.client.plan.model.TargetUnit.COUNT)
                        .period(new vn.cascade.client.plan.model.TargetPeriod()
                                .kind(vn.cascade.client.plan.model.TargetPeriodKind.ANNUALLY).fromYear(reportYear).toYear(2030)))
                .addTasksItem(new TaskRequest().number("1")
                        .text("Tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên trong toàn huyện.")
                        .addLeadUnitsItem(unit("HU-VINHLINH", "Ban Thường vụ Huyện ủy"))
                        .timeframe(new Timeframe().text("Thường xuyên")))
                .addTasksItem(new TaskRequest().number("2")
                        .text("Rà soát, sắp xếp chi bộ thôn, bảo đảm 100% chi bộ thôn có chi ủy.")
                        .addLeadUnitsItem(unit("BTC-HU-VINHLINH", "Ban Tổ chức Huyện ủy"))
                        .timeframe(new Timeframe().text("Hoàn thành trong năm " + reportYear)))
                // Seed 03, task 1.4: it waits for guidance from above, which names no document (step 7).
                .addTasksItem(new TaskRequest().number("3")
                        .text("Tập trung lãnh đạo, chỉ đạo việc xây dựng, hoàn thiện và thực hiện nghiêm quy chế phối hợp "
                                + "giữa chi ủy, đảng ủy cơ sở với thủ trưởng, tập thể lãnh đạo cơ quan, đơn vị.")
                        .addLeadUnitsItem(unit("VP-HU-VINHLINH", "Văn phòng Huyện ủy"))
                        .timeframe(new Timeframe().text("Sau khi có hướng dẫn của cấp trên")))
                // "Định kỳ hằng quý, 6 tháng, 9 tháng, năm báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)"
                .addReportingRequirementsItem(new ReportingRequirementRequest().addReporterCodesItem("HU-VINHLINH")
                        .recipientCode("TU-QUANGTRI").viaCode("BTC-TU-QUANGTRI")
                        .frequencies(Set.of(ReportingFrequency.QUARTERLY, ReportingFrequency.HALF_YEARLY,
                                ReportingFrequency.NINE_MONTHS, ReportingFrequency.ANNUAL))
                        .addYearsItem(reportYear).dueDaysAfterPeriodEnd(5).reminderDaysBeforeDue(7))
                .addRecipientsItem(new Recipient().name("BTV Tỉnh ủy").organizationCode("TU-QUANGTRI")
                        .purpose(Purpose.FOR_REPORTING))
                .signer(new Signer().onBehalfOf("T/M BAN THƯỜNG VỤ").position("Bí thư").name("Trần Nhật Quang")));
        assertEquals(provinceProgramme.getSymbol(), districtPlan.getParentPlanSymbol());
        assertEquals(PlanStatus.ISSUED, districtPlan.getStatus());
    }

    @Test
    @Order(2)
    @DisplayName("reporting-service owes the district's reports from the plan event alone")
    void shouldOweTheDistrictsReportsFromThePlanEvent() {
        assumeTrue(districtPlan != null, "needs the district's plan");

        List<ReportingObligation> owed = Eventually.get("the obligations of " + districtPlan.getSymbol() + " exist", EVENT,
                () -> districtReporter.obligations().listObligations(null, null, 0, null, districtPlan.getId(), null, 50,
                        null, null, null).getItems(),
                items -> items.size() == 4);
        obligations = owed.stream().collect(Collectors.toMap(ReportingObligation::getPeriodKind, Function.identity()));

        // Quarterly + 6-month + 9-month + annual: one report per period end, the longest period at each.
        assertEquals(Set.of(ReportingPeriodKind.Q1, ReportingPeriodKind.H1, ReportingPeriodKind.M9, ReportingPeriodKind.YEAR),
                obligations.keySet());
        assertDue(ReportingPeriodKind.Q1, LocalDate.of(reportYear, 1, 1), LocalDate.of(reportYear, 3, 31),
                LocalDate.of(reportYear, 4, 5));
        assertDue(ReportingPeriodKind.H1, LocalDate.of(reportYear, 1, 1), LocalDate.of(reportYear, 6, 30),
                LocalDate.of(reportYear, 7, 5));
        assertDue(ReportingPeriodKind.M9, LocalDate.of(reportYear, 1, 1), LocalDate.of(reportYear, 9, 30),
                LocalDate.of(reportYear, 10, 5));
        assertDue(ReportingPeriodKind.YEAR, LocalDate.of(reportYear, 1, 1), LocalDate.of(reportYear, 12, 31),
                LocalDate.of(reportYear + 1, 1, 5));
        for (ReportingObligation obligation : owed) {
            assertEquals("HU-VINHLINH", obligation.getOrganizationCode());
            assertEquals("TU-QUANGTRI", obligation.getRecipientCode());
            assertEquals("BTC-TU-QUANGTRI", obligation.getViaCode());
            assertEquals(districtPlan.getSymbol(), obligation.getPlanSymbol());
            assertEquals(obligation.getDueDate().minusDays(7), obligation.getReminderDate());
            assertEquals(ObligationStatus.PENDING, obligation.getStatus(), obligation.getPeriodKind() + " is not due yet");
        }
    }

    @Test
    @Order(3)
    @DisplayName("moving reporting-service's clock to the first reminder makes the quarterly report due, on Kafka, "
            + "in the district reporters' inbox and in the district office's mailbox")
    void shouldAnnounceTheQuarterlyReportDueWhenTheClockReachesItsReminder() throws Exception {
        assumeTrue(obligations != null, "needs the district's obligations");
        ReportingObligation q1 = obligations.get(ReportingPeriodKind.Q1);

        // The district's issuer says where its reporters' notification mail goes (a mailbox of this run).
        String office = "vanphong-" + number + "@vinhlinh.cascade.test";
        long contactsVersion = district.notificationContacts().getOrganizationContacts("HU-VINHLINH", null).getVersion();
        district.notificationContacts().replaceOrganizationContacts("HU-VINHLINH", new ContactListUpdate()
                .version(contactsVersion).addContactsItem(new Contact().role(AudienceRole.REPORTER).email(office)
                        .name("Văn phòng Huyện ủy Vĩnh Linh")), null);

        // Eight in the morning in Vĩnh Linh on the reminder date: reminded, not yet overdue.
        OffsetDateTime reminderMorning = q1.getReminderDate().atTime(LocalTime.of(8, 0)).atZone(VIETNAM)
                .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        var clock = admin.reportingClock().moveClock(new ClockMove().instant(reminderMorning));
        assertTrue(!clock.getInstant().isBefore(reminderMorning), "the clock reads " + clock.getInstant());

        ReportingObligation due = Eventually.get("the Q1 obligation is due", SCHEDULER,
                () -> districtReporter.obligations().getObligation(q1.getId(), null),
                obligation -> obligation.getStatus() == ObligationStatus.DUE);
        assertNotNull(due.getReminderSentAt());
        assertEquals(ObligationStatus.PENDING,
                districtReporter.obligations().getObligation(obligations.get(ReportingPeriodKind.H1).getId(), null).getStatus(),
                "the 6-month report's reminder is three months away");

        TopicReader.Event event = TopicReader.find(stack.kafkaClient, TopicReader.REPORTS,
                        candidate -> "vn.cascade.report.due.v1".equals(candidate.type())
                                && q1.getId().toString().equals(candidate.key()), EVENT)
                .orElseThrow(() -> new AssertionError("no vn.cascade.report.due.v1 for obligation " + q1.getId()
                        + " on " + TopicReader.REPORTS));
        assertEquals("Q1", event.data().path("periodKind").asText());
        assertEquals(reportYear, event.data().path("periodYear").asInt());
        assertEquals("HU-VINHLINH", event.data().path("organization").path("code").asText());
        assertEquals("TU-QUANGTRI", event.data().path("recipient").path("code").asText());
        assertEquals(q1.getDueDate().toString(), event.data().path("dueDate").asText());
        assertEquals("DUE", event.data().path("status").asText());

        // reporting-service reads the event back and tells the district's reporters: the inbox, then the mail.
        Notification reminder = Eventually.get("the Vĩnh Linh reporter's inbox holds the reminder", EVENT,
                () -> districtReporter.notifications().listNotifications(0, 50, true, null, null).getItems().stream()
                        .filter(n -> q1.getId().equals(n.getObligationId())).findFirst().orElse(null),
                found -> found != null);
        assertEquals(NotificationKind.REPORT_DUE, reminder.getKind());
        assertEquals("Báo cáo quý I/" + reportYear + " của Kế hoạch " + districtPlan.getSymbol() + " đến hạn ngày "
                + q1.getDueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), reminder.getTitle());
        assertEquals(0, provinceReviewer.notifications().listNotifications(0, 50, null, null, null).getItems().stream()
                .filter(n -> q1.getId().equals(n.getObligationId())).count(), "a reminder is the reporters' business");
        assertEquals(1, Eventually.get("the district office's mailbox holds the reminder", SCHEDULER,
                () -> Mailbox.count(stack.imapPort, office), count -> count > 0));
        districtReporter.notifications().markNotificationRead(reminder.getId(), "en");
        assertEquals(0, districtReporter.notifications().listNotifications(0, 50, true, null, null).getItems().stream()
                .filter(n -> q1.getId().equals(n.getObligationId())).count(), "read");
    }

    @Test
    @Order(4)
    @DisplayName("the report is returned, corrected and accepted; its figures reach the plan, the province and the resolution")
    void shouldCarryTheDistrictsReportBackUpThroughReview() throws Exception {
        assumeTrue(obligations != null, "needs the district's obligations");
        ReportingObligation q1 = obligations.get(ReportingPeriodKind.Q1);
        Task briefing = districtPlan.getTasks().stream().filter(task -> "1".equals(task.getNumber())).findFirst()
                .orElseThrow();

        Report draft = districtReporter.reports().draftReport(new ReportRequest().obligationId(q1.getId())
                .indicators(Map.of("NEW_MEMBERS_ADMITTED", 36L, "TOTAL_MEMBERS", 5470L,
                        "VILLAGE_CELLS_WITH_COMMITTEE", 116L, "VILLAGE_CELLS", 120L))
                .addTaskProgressItem(new TaskProgress().taskId(briefing.getId()).status(ReportedTaskStatus.IN_PROGRESS).percent(40)
                        .note("Đã quán triệt đến 40% chi bộ"))
                .narrative(narrative("Quý I/" + reportYear + " toàn huyện kết nạp 36 đảng viên mới.")),
                UUID.randomUUID().toString(), null);
        Report submitted = districtReporter.reports().submitReport(draft.getId(),
                new ReportTransition().version(draft.getVersion()), null, null);
        assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
        assertEquals(ObligationStatus.SUBMITTED, districtReporter.obligations().getObligation(q1.getId(), null).getStatus());

        Report returned = provinceReviewer.reports().returnReport(submitted.getId(), new ReportTransition()
                .version(submitted.getVersion()).comment("Đề nghị bổ sung số đảng viên mới kết nạp trong tháng 3"), null, null);
        assertEquals(ReportStatus.RETURNED, returned.getStatus());
        assertEquals(ObligationStatus.RETURNED, districtReporter.obligations().getObligation(q1.getId(), null).getStatus());

        Report corrected = districtReporter.reports().updateReport(returned.getId(), new ReportRequest()
                .version(returned.getVersion())
                .indicators(Map.of("NEW_MEMBERS_ADMITTED", 41L, "TOTAL_MEMBERS", 5470L,
                        "VILLAGE_CELLS_WITH_COMMITTEE", 116L, "VILLAGE_CELLS", 120L))
                .addTaskProgressItem(new TaskProgress().taskId(briefing.getId()).status(ReportedTaskStatus.IN_PROGRESS).percent(60)
                        .note("Đã quán triệt đến 60% chi bộ"))
                .narrative(narrative("Quý I/" + reportYear + " toàn huyện kết nạp 41 đảng viên mới (bổ sung tháng 3).")), null);
        Report resubmitted = districtReporter.reports().submitReport(corrected.getId(),
                new ReportTransition().version(corrected.getVersion()), null, null);
        assertEquals(2, resubmitted.getSubmissionCount());

        acceptedReport = provinceReviewer.reports().acceptReport(resubmitted.getId(),
                new ReportTransition().version(resubmitted.getVersion()), null, null);
        assertEquals(ReportStatus.ACCEPTED, acceptedReport.getStatus());
        assertEquals(ObligationStatus.ACCEPTED, districtReporter.obligations().getObligation(q1.getId(), null).getStatus());

        // plan-service: the task the district leads carries the accepted progress (report.accepted on Kafka).
        Task progressed = Eventually.get("task 1 of " + districtPlan.getSymbol() + " shows the accepted progress", EVENT,
                () -> district.tasks().getTask(briefing.getId(), null), task -> task.getProgressPercent() == 60);
        assertEquals(vn.cascade.client.plan.model.TaskStatus.IN_PROGRESS, progressed.getStatus());
        assertEquals("Đã quán triệt đến 60% chi bộ", progressed.getProgressNote());
        List<ReportedTaskProgress> statements = district.tasks().listReportedTaskProgress(briefing.getId());
        assertEquals(1, statements.size());
        assertEquals("HU-VINHLINH", statements.get(0).getOrganizationCode());
        assertEquals(acceptedReport.getId(), statements.get(0).getReportId());
        assertEquals("Q1", statements.get(0).getPeriodKind());

        // reporting-service: the province's roll-up of the quarter shows the district's figures.
        Rollup rollup = provinceReviewer.rollups().getRollup(ReportingPeriodKind.Q1, reportYear, null, null, null, null,
                "TU-QUANGTRI");
        RollupRow vinhLinh = rollup.getSubordinates().stream()
                .filter(row -> "HU-VINHLINH".equals(row.getOrganization().getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no row for HU-VINHLINH in " + rollup));
        assertEquals(0, new BigDecimal("41").compareTo(figure(vinhLinh, "NEW_MEMBERS_ADMITTED").getValue()));
        assertEquals(0, new BigDecimal("5470").compareTo(figure(vinhLinh, "TOTAL_MEMBERS").getValue()));
        RollupFigure rate = figure(vinhLinh, "NEW_MEMBER_RATE");
        assertEquals(0, new BigDecimal("0.75").compareTo(rate.getValue()), "41 ÷ 5470 × 100, from the summed counts");
        assertEquals(41L, rate.getNumerator());
        assertEquals(5470L, rate.getDenominator());
        assertEquals(0, new BigDecimal("41").compareTo(figure(rollup.getTotal(), "NEW_MEMBERS_ADMITTED").getValue()));
        assertEquals(1L, rollup.getTotal().getReportingOrganizations());

        // directive-service: who has answered the resolution with a plan (plan.issued on Kafka).
        Implementation implementation = Eventually.get("directive-service knows the three plans", EVENT,
                () -> centre.directives().getDirectiveImplementation(resolution.getId(), null),
                answer -> answer.getAnswered().size() >= 3);
        assertEquals(Map.of("BCT", politburoPlan.getSymbol(), "TU-QUANGTRI", provinceProgramme.getSymbol(),
                        "HU-VINHLINH", districtPlan.getSymbol()),
                implementation.getAnswered().stream().collect(Collectors.toMap(ImplementationAnswer::getOrganizationCode,
                        ImplementationAnswer::getPlanSymbol)));
        Implementation inQuangTri = province.directives().getDirectiveImplementation(resolution.getId(), "TU-QUANGTRI");
        assertTrue(inQuangTri.getNotYet().stream().noneMatch(pending -> "HU-VINHLINH".equals(pending.getOrganizationCode())),
                "Vĩnh Linh has answered");
    }

    @Test
    @Order(5)
    @DisplayName("a district cannot read another's reports; the portal reads but cannot write; nobody gets 401")
    void shouldKeepEachCallerToWhatItMaySeeAndDo() throws Exception {
        assumeTrue(acceptedReport != null, "needs the district's accepted report");
        Keycloak keycloak = new Keycloak(stack);
        Caller cityIssuer = Caller.user(stack, keycloak, "cantho.issuer");
        Caller otherDistrictReporter = Caller.user(stack, keycloak, "ninhkieu.reporter");

        // Another district, in another city, reports on the same resolution.
        Plan cityPlan = issue(cityIssuer, new PlanRequest()
                .symbol(number + "-KH/TU").issuingOrganizationCode("TU-CANTHO").issueDate(today.minusDays(15))
                .title("Kế hoạch thực hiện Nghị quyết số " + resolution.getSymbol())
                .implementsDirective(reference(resolution.getSymbol(), resolution.getIssueDate()))
                .addReportingRequirementsItem(new ReportingRequirementRequest().addReporterCodesItem("QU-NINHKIEU")
                        .recipientCode("TU-CANTHO").viaCode("BTC-TU-CANTHO")
                        .frequencies(Set.of(ReportingFrequency.QUARTERLY)).addYearsItem(reportYear)
                        .dueDaysAfterPeriodEnd(5).reminderDaysBeforeDue(7)));
        ReportingObligation ninhKieuQ1 = Eventually.get("Ninh Kiều owes its Q1 report on " + cityPlan.getSymbol(), EVENT,
                () -> otherDistrictReporter.obligations().listObligations(null, null, 0, ReportingPeriodKind.Q1, cityPlan.getId(),
                        null, 10, null, null, reportYear).getItems(),
                items -> items.size() == 1).get(0);
        Report ninhKieuDraft = otherDistrictReporter.reports().draftReport(new ReportRequest().obligationId(ninhKieuQ1.getId())
                .indicators(Map.of("NEW_MEMBERS_ADMITTED", 32L, "TOTAL_MEMBERS", 6210L))
                .narrative(narrative("Quý I/" + reportYear + " quận kết nạp 32 đảng viên mới.")), null, null);
        Report ninhKieuReport = otherDistrictReporter.reports().submitReport(ninhKieuDraft.getId(),
                new ReportTransition().version(ninhKieuDraft.getVersion()), null, null);

        // One district does not see the other's reports or obligations, in either direction.
        assertEquals(404, Eventually.status(() -> districtReporter.reports().getReport(ninhKieuReport.getId(), null)));
        assertEquals(404, Eventually.status(() -> districtReporter.obligations().getObligation(ninhKieuQ1.getId(), null)));
        assertEquals(404, Eventually.status(() -> districtReporter.obligations().getObligationReport(ninhKieuQ1.getId(), null)));
        assertEquals(0L, districtReporter.obligations().listObligations(null, "QU-NINHKIEU", 0, null, null, null, 50, null, null, null)
                .getTotal());
        assertEquals(404, Eventually.status(() -> otherDistrictReporter.reports().getReport(acceptedReport.getId(), null)));
        assertEquals(0L, otherDistrictReporter.obligations().listObligations(null, "HU-VINHLINH", 0, null, null, null, 50, null, null,
                null).getTotal());
        int review = Eventually.status(() -> districtReporter.reports().acceptReport(ninhKieuReport.getId(),
                new ReportTransition().version(ninhKieuReport.getVersion()), null, null));
        assertTrue(review == 403 || review == 404, "Vĩnh Linh's reporter reviewing Ninh Kiều's report got " + review);

        // The portal (client credentials, role reader) reads the cascade, and may not write anything.
        Cascade cascade = portal.cascade().getCascade(resolution.getSymbol(), resolution.getIssueDate().getYear());
        CascadeNode top = cascade.getPlans().stream().filter(node -> politburoPlan.getSymbol().equals(node.getSymbol()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + politburoPlan.getSymbol() + " in " + cascade));
        CascadeNode middle = only(top.getChildren());
        assertEquals(provinceProgramme.getSymbol(), middle.getSymbol());
        assertEquals(districtPlan.getSymbol(), only(middle.getChildren()).getSymbol());
        assertEquals(DirectiveStatus.PUBLISHED, portal.directives().getDirective(resolution.getId(), null).getStatus());
        assertEquals(403, Eventually.status(() -> portal.directives().draftDirective(new DirectiveRequest()
                .symbol((number + 1) + "-NQ/TW").issuingOrganizationCode("BCHTW").issueDate(today)
                .title("Không được phép"), null, null)));
        assertEquals(403, Eventually.status(() -> portal.plans().draftPlan(new PlanRequest()
                .symbol((number + 1) + "-KH/TW").issuingOrganizationCode("VPTW").issueDate(today)
                .title("Không được phép"), null, null)));
        assertEquals(403, Eventually.status(() -> portal.reports().acceptReport(ninhKieuReport.getId(),
                new ReportTransition().version(ninhKieuReport.getVersion()), null, null)));
        assertEquals(ReportStatus.SUBMITTED, otherDistrictReporter.reports().getReport(ninhKieuReport.getId(), null).getStatus());

        // Without a token: 401 from every service.
        Caller nobody = Caller.anonymous(stack);
        assertEquals(401, Eventually.status(() -> nobody.directives().getDirective(resolution.getId(), null)));
        assertEquals(401, Eventually.status(() -> nobody.cascade().getCascade(resolution.getSymbol(), null)));
        assertEquals(401, Eventually.status(() -> nobody.obligations().listObligations(null, null, null, null, null, null, null,
                null, null, null)));
    }

    @Test
    @Order(6)
    @DisplayName("the department clerk reviews what is routed through it; the portal reads the country's and the province's figures; another province's clerk is refused")
    void shouldLetTheDepartmentReviewAndThePortalOverseeButNotAnotherProvince() throws Exception {
        assumeTrue(acceptedReport != null, "needs the district's accepted Q1 report");
        Keycloak keycloak = new Keycloak(stack);
        Caller clerk = Caller.user(stack, keycloak, "quangtri.btc.clerk");
        Caller otherClerk = Caller.user(stack, keycloak, "cantho.btc.clerk");

        // The clerk of Ban Tổ chức Tỉnh ủy sees the district's obligations the plan routes through the department.
        List<ReportingObligation> routed = clerk.obligations().listObligations(null, null, 0, null, districtPlan.getId(),
                "TU-QUANGTRI", 50, null, null, reportYear).getItems();
        assertEquals(Set.of(ReportingPeriodKind.Q1, ReportingPeriodKind.H1, ReportingPeriodKind.M9, ReportingPeriodKind.YEAR),
                routed.stream().map(ReportingObligation::getPeriodKind).collect(Collectors.toSet()));
        assertTrue(routed.stream().allMatch(obligation -> "BTC-TU-QUANGTRI".equals(obligation.getViaCode())
                && "HU-VINHLINH".equals(obligation.getOrganizationCode())), "all routed via the department: " + routed);

        // Progress on a task of another plan (the province's programme) is refused, listing the task.
        ReportingObligation h1 = obligations.get(ReportingPeriodKind.H1);
        Task briefing = districtPlan.getTasks().stream().filter(task -> "1".equals(task.getNumber())).findFirst()
                .orElseThrow();
        UUID provincesTask = provinceProgramme.getTasks().get(0).getId();
        assertEquals(422, Eventually.status(() -> districtReporter.reports().draftReport(new ReportRequest()
                .obligationId(h1.getId()).indicators(Map.of("NEW_MEMBERS_ADMITTED", 70L, "TOTAL_MEMBERS", 5480L))
                .addTaskProgressItem(new TaskProgress().taskId(provincesTask).status(ReportedTaskStatus.IN_PROGRESS).percent(50))
                .narrative(narrative("6 tháng đầu năm " + reportYear + " kết nạp 70 đảng viên mới.")), null, null)));

        // The district's half-year report, addressed to TU-QUANGTRI via the department, accepted by the clerk.
        Report h1Draft = districtReporter.reports().draftReport(new ReportRequest().obligationId(h1.getId())
                .indicators(Map.of("NEW_MEMBERS_ADMITTED", 70L, "TOTAL_MEMBERS", 5480L))
                .addTaskProgressItem(new TaskProgress().taskId(briefing.getId()).status(ReportedTaskStatus.IN_PROGRESS).percent(80))
                .narrative(narrative("6 tháng đầu năm " + reportYear + " kết nạp 70 đảng viên mới.")), null, null);
        Report h1Submitted = districtReporter.reports().submitReport(h1Draft.getId(),
                new ReportTransition().version(h1Draft.getVersion()), null, null);
        assertEquals("TU-QUANGTRI", h1Submitted.getRecipientCode());

        // Another province's department clerk neither sees it nor reviews it, nor reads Quảng Trị's figures.
        assertEquals(404, Eventually.status(() -> otherClerk.reports().getReport(h1Submitted.getId(), null)));
        int foreignReview = Eventually.status(() -> otherClerk.reports().acceptReport(h1Submitted.getId(),
                new ReportTransition().version(h1Submitted.getVersion()), null, null));
        assertTrue(foreignReview == 403 || foreignReview == 404, "Cần Thơ's clerk accepting got " + foreignReview);
        assertEquals(403, Eventually.status(() -> otherClerk.rollups().getRollup(ReportingPeriodKind.Q1, reportYear, null,
                null, null, null, "TU-QUANGTRI")));
        assertEquals(0L, otherClerk.obligations().listObligations(null, null, 0, null, districtPlan.getId(), "TU-QUANGTRI",
                50, null, null, null).getTotal());
        // A question about an organisation outside one's scope is 403, in plan-service as in reporting-service.
        assertEquals(403, Eventually.status(() -> districtReporter.cascade().getCascadeCoverage(resolution.getSymbol(),
                "TU-QUANGTRI", resolution.getIssueDate().getYear())));

        Report reviewed = clerk.reports().acceptReport(h1Submitted.getId(),
                new ReportTransition().version(h1Submitted.getVersion()), null, null);
        assertEquals(ReportStatus.ACCEPTED, reviewed.getStatus());
        assertNotNull(reviewed.getReviewedBy());
        assertEquals(ObligationStatus.ACCEPTED, districtReporter.obligations().getObligation(h1.getId(), null).getStatus());

        // The portal (client credentials, org VPTW) reads the national roll-up, the province's, and its coverage.
        Rollup national = portal.rollups().getRollup(ReportingPeriodKind.Q1, reportYear, null, null, null, null, "BCHTW");
        assertEquals("BCHTW", national.getOrganization().getCode());
        RollupRow quangTri = national.getSubordinates().stream()
                .filter(row -> "TU-QUANGTRI".equals(row.getOrganization().getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no row for TU-QUANGTRI in " + national));
        assertEquals(0, new BigDecimal("41").compareTo(figure(quangTri, "NEW_MEMBERS_ADMITTED").getValue()));
        assertTrue(figure(national.getTotal(), "NEW_MEMBERS_ADMITTED").getValue().compareTo(new BigDecimal("41")) >= 0);
        Rollup provincial = portal.rollups().getRollup(ReportingPeriodKind.H1, reportYear, null, null, null, null,
                "TU-QUANGTRI");
        RollupRow vinhLinhH1 = provincial.getSubordinates().stream()
                .filter(row -> "HU-VINHLINH".equals(row.getOrganization().getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no row for HU-VINHLINH in " + provincial));
        assertEquals(0, new BigDecimal("70").compareTo(figure(vinhLinhH1, "NEW_MEMBERS_ADMITTED").getValue()),
                "the half-year report the clerk accepted");
        var coverage = portal.cascade().getCascadeCoverage(resolution.getSymbol(), "TU-QUANGTRI",
                resolution.getIssueDate().getYear());
        assertTrue(coverage.toString().contains("HU-VINHLINH"), "Vĩnh Linh answered: " + coverage);
    }

    @Test
    @Order(7)
    @DisplayName("Ban Tổ chức Trung ương issues a guidance on the resolution; the Vĩnh Linh task waiting for it gets its due date")
    void shouldGiveTheTaskWaitingForGuidanceTheDueDateTheGuidanceStates() throws Exception {
        assumeTrue(districtPlan != null, "needs the district's plan");
        Task waiting = districtPlan.getTasks().stream().filter(task -> "3".equals(task.getNumber())).findFirst()
                .orElseThrow();
        assertEquals(TimeframeKind.AWAITING_GUIDANCE, waiting.getTimeframe().getKind());
        assertNull(waiting.getDueDate());
        assertNull(waiting.getGuidance());

        // A guidance (hướng dẫn) of the centre's Organisation Department on the resolution, with its own deadline.
        Caller organisationDepartment = Caller.user(stack, new Keycloak(stack), "btctw.issuer");
        YearMonth deadline = YearMonth.from(today.plusMonths(3));
        Directive draft = organisationDepartment.directives().draftDirective(new DirectiveRequest()
                .symbol(number + "-HD/BTCTW").issuingOrganizationCode("BTCTW").issueDate(today).term("XIII")
                .title("Hướng dẫn một số vấn đề về quy chế phối hợp của cấp ủy cơ sở (kiểm thử hệ thống)")
                .summary("Các cấp ủy hoàn thành trong tháng " + deadline.getMonthValue() + "/" + deadline.getYear())
                .addReferencesItem(new DirectiveReferenceRequest().kind(ReferenceKind.IMPLEMENTS)
                        .symbol(resolution.getSymbol()).issueDate(resolution.getIssueDate())),
                UUID.randomUUID().toString(), null);
        Directive guidance = organisationDepartment.directives().publishDirective(draft.getId(),
                new vn.cascade.client.directive.model.StatusChangeRequest().version(draft.getVersion()), null, null);
        assertEquals(DirectiveStatus.PUBLISHED, guidance.getStatus());

        // plan-service learns it from the directive event, links the task and gives it the guidance's deadline.
        Task linked = Eventually.get("the task waiting for guidance is linked to " + guidance.getSymbol(), EVENT,
                () -> district.tasks().getTask(waiting.getId(), null), task -> task.getGuidance() != null);
        assertEquals(deadline.atEndOfMonth(), linked.getDueDate());
        assertEquals(guidance.getSymbol(), linked.getGuidance().getSymbol());
        assertEquals(guidance.getId(), linked.getGuidance().getDocumentId());
        assertEquals("ISSUER_AND_KIND", String.valueOf(linked.getGuidance().getMatchedBy()));
        assertEquals("GUIDANCE", String.valueOf(linked.getGuidance().getDueDateSource()));
        // The plan's other tasks wait for nothing and keep their due dates.
        Plan plan = district.plans().getPlan(districtPlan.getId(), null);
        assertTrue(plan.getTasks().stream().filter(task -> !"3".equals(task.getNumber()))
                .allMatch(task -> task.getGuidance() == null), "only task 3 waited: " + plan.getTasks());
    }

    @Test
    @Order(8)
    @DisplayName("the district secretary amends 68-KH/HU, raising a target and adding a task under task 2; the version "
            + "diff shows what changed and the tree nests the new task")
    void shouldShowWhatTheDistrictsAmendmentChanged() throws Exception {
        assumeTrue(districtPlan != null, "needs the district's plan");
        Plan current = district.plans().getPlan(districtPlan.getId(), null);
        PlanRequest content = sameContent(current).version(current.getVersion());
        content.getTargets().stream().filter(target -> "NEW_MEMBERS_ADMITTED".equals(target.getIndicatorCode()))
                .findFirst().orElseThrow().value(new BigDecimal("150"))
                .label("Hằng năm toàn huyện kết nạp từ 150 đảng viên trở lên");
        content.addTasksItem(new TaskRequest().number("2.1")
                .text("Kiện toàn chi ủy ở các chi bộ thôn còn thiếu, hoàn thành trong quý II.")
                .addLeadUnitsItem(unit("BTC-HU-VINHLINH", "Ban Tổ chức Huyện ủy"))
                .timeframe(new Timeframe().text("Hoàn thành trong tháng 6/" + reportYear)));
        Plan amended = Eventually.get("plan-service amends " + districtPlan.getSymbol(), EVENT,
                () -> district.plans().amendPlan(districtPlan.getId(), new vn.cascade.client.plan.model.PlanAmendmentRequest()
                        .reason("Nâng chỉ tiêu kết nạp đảng viên, bổ sung nhiệm vụ kiện toàn chi ủy").content(content), null));
        assertEquals(PlanStatus.AMENDED, amended.getStatus());
        Task added = amended.getTasks().stream().filter(task -> "2.1".equals(task.getNumber())).findFirst().orElseThrow();
        assertEquals("2", added.getParentNumber(), "2.1 lies under 2");
        assertEquals(LocalDate.of(reportYear, 6, 30), added.getDueDate());

        List<vn.cascade.client.plan.model.PlanVersion> versions = district.plans().listPlanVersions(districtPlan.getId());
        assertTrue(versions.size() >= 2, "issued and amended: " + versions);
        long before = versions.get(versions.size() - 2).getVersion();
        long after = versions.get(versions.size() - 1).getVersion();
        assertEquals("AMENDED", versions.get(versions.size() - 1).getStatus());
        vn.cascade.client.plan.model.PlanDiff diff = province.plans().diffPlanVersions(districtPlan.getId(), after, before, null);
        assertEquals(Boolean.FALSE, diff.getIdentical());
        vn.cascade.client.plan.model.PlanTargetChange target = only(diff.getTargets().getChanged(), "target changes");
        assertEquals("NEW_MEMBERS_ADMITTED", target.getKey());
        assertTrue(target.getFields().contains("value"), "the value changed: " + target.getFields());
        assertEquals(0, new BigDecimal("130").compareTo(target.getBefore().getValue()));
        assertEquals(0, new BigDecimal("150").compareTo(target.getAfter().getValue()));
        vn.cascade.client.plan.model.PlanVersionTask newTask = only(diff.getTasks().getAdded(), "tasks added");
        assertEquals("2.1", newTask.getNumber());
        assertEquals("2", newTask.getParentNumber());
        assertTrue(diff.getTasks().getRemoved().isEmpty(), "no task removed: " + diff.getTasks().getRemoved());
        // Task 3 got its due date from the guidance (step 7) between the two versions; no other task changed.
        assertTrue(diff.getTasks().getChanged().stream().allMatch(change -> "3".equals(change.getKey())
                && List.of("dueDate").equals(change.getFields())), "only 3's due date changed: " + diff.getTasks().getChanged());

        List<vn.cascade.client.plan.model.TaskNode> tree = district.tasks().getPlanTaskTree(districtPlan.getId());
        assertEquals(List.of("1", "2", "3"), tree.stream().map(node -> node.getTask().getNumber()).toList());
        assertEquals(List.of("2.1"), tree.get(1).getChildren().stream().map(node -> node.getTask().getNumber()).toList());
        assertEquals(vn.cascade.client.plan.model.TaskStatus.NOT_STARTED, tree.get(1).getGroup().getStatus());
    }

    @Test
    @Order(9)
    @DisplayName("the district secretary's 2×2 counts for 68-KH/HU: a task done after its due date (plan-service's "
            + "clock moved past it) counts as done late, the others as not done and on time")
    void shouldCountTheDistrictsTasksDoneOrNotOnTimeOrLate() throws Exception {
        assumeTrue(districtPlan != null, "needs the district's plan");
        Plan current = district.plans().getPlan(districtPlan.getId(), null);
        Task underTwo = current.getTasks().stream().filter(task -> "2.1".equals(task.getNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("needs the amendment's task 2.1: " + current.getTasks()));
        assumeTrue(LocalDate.of(reportYear, 6, 30).equals(underTwo.getDueDate()), "2.1 is due at the end of June");

        // Done on the second day of the following year, half a year after its due date.
        OffsetDateTime nextJanuary = LocalDate.of(reportYear + 1, 1, 2).atTime(LocalTime.of(8, 0)).atZone(VIETNAM)
                .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        admin.planClock().moveClock(new vn.cascade.client.plan.model.ClockMove().instant(nextJanuary));
        Task done;
        try {
            done = district.tasks().recordTaskProgress(underTwo.getId(), new vn.cascade.client.plan.model.TaskProgressRequest()
                    .status(vn.cascade.client.plan.model.TaskStatus.DONE).percent(100)
                    .note("Đã kiện toàn chi ủy ở tất cả chi bộ thôn").version(underTwo.getVersion()), null);
        } finally {
            admin.planClock().resetClock();
        }
        assertEquals(LocalDate.of(reportYear + 1, 1, 2), done.getCompletedOn());
        assertEquals(Boolean.FALSE, done.getOnTime(), "done after its due date");

        // 1 (ongoing, under way from the reports), 2 (due at the end of the year) and 3 (due as the guidance of
        // step 7 says, months ahead) are not done and on time.
        vn.cascade.client.plan.model.TaskCounts counts = district.tasks().getPlanTaskCounts(districtPlan.getId(), null);
        assertCells(counts.getTotal(), 4, 0, 1, 3, 0);
        vn.cascade.client.plan.model.TaskCounts byLead = district.tasks().getPlanTaskCounts(districtPlan.getId(), "leadUnit");
        Map<String, vn.cascade.client.plan.model.TaskCountCells> perUnit = byLead.getGroups().stream().collect(
                Collectors.toMap(vn.cascade.client.plan.model.TaskCountGroup::getKey,
                        vn.cascade.client.plan.model.TaskCountGroup::getCounts));
        assertEquals(Set.of("HU-VINHLINH", "BTC-HU-VINHLINH", "VP-HU-VINHLINH"), perUnit.keySet());
        assertCells(perUnit.get("VP-HU-VINHLINH"), 1, 0, 0, 1, 0);
        assertCells(perUnit.get("BTC-HU-VINHLINH"), 2, 0, 1, 1, 0);
        assertCells(perUnit.get("HU-VINHLINH"), 1, 0, 0, 1, 0);

        // Across the district's subtree, per plan: 68-KH/HU is one of its plans, with the same counts.
        vn.cascade.client.plan.model.TaskCounts subtree = district.tasks().countTasks("plan", null, "HU-VINHLINH");
        vn.cascade.client.plan.model.TaskCountGroup ours = subtree.getGroups().stream()
                .filter(group -> districtPlan.getId().toString().equals(group.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + districtPlan.getSymbol() + " in " + subtree));
        assertEquals(districtPlan.getSymbol(), ours.getName());
        assertCells(ours.getCounts(), 4, 0, 1, 3, 0);
        assertTrue(subtree.getTotal().getDoneLate() >= 1, "the subtree's total holds it: " + subtree.getTotal());

        // The group 2 is half done: 2.1 done, 2 itself not.
        List<vn.cascade.client.plan.model.TaskNode> tree = district.tasks().getPlanTaskTree(districtPlan.getId());
        assertEquals(vn.cascade.client.plan.model.TaskStatus.DONE, tree.get(1).getGroup().getStatus());
        assertEquals(Integer.valueOf(100), tree.get(1).getGroup().getPercent());
    }

    /** The amendable content of an issued plan, as its issuer would send it back unchanged. */
    private static PlanRequest sameContent(Plan plan) {
        PlanRequest request = new PlanRequest().symbol(plan.getSymbol())
                .issuingOrganizationCode(plan.getIssuingOrganizationCode()).issueDate(plan.getIssueDate())
                .issuePlace(plan.getIssuePlace()).title(plan.getTitle()).purposes(plan.getPurposes())
                .requirements(plan.getRequirements()).implementation(plan.getImplementation())
                .signer(plan.getSigner());
        if (plan.getImplementsDirective() != null) {
            request.implementsDirective(reference(plan.getImplementsDirective().getSymbol(),
                    plan.getImplementsDirective().getIssueDate()));
        }
        plan.getBasedOn().forEach(link -> request.addBasedOnItem(reference(link.getSymbol(), link.getIssueDate())
                .kind(link.getKind())));
        plan.getTargets().forEach(view -> request.addTargetsItem(view.getTarget()));
        plan.getTasks().forEach(task -> request.addTasksItem(new TaskRequest().number(task.getNumber())
                .text(task.getText()).leadUnits(task.getLeadUnits()).cooperatingUnits(task.getCooperatingUnits())
                .timeframe(task.getTimeframe())));
        plan.getReportingRequirements().forEach(requirement -> request.addReportingRequirementsItem(
                new ReportingRequirementRequest().reporterCodes(requirement.getReporterCodes())
                        .recipientCode(requirement.getRecipientCode()).viaCode(requirement.getViaCode())
                        .frequencies(requirement.getFrequencies()).years(requirement.getYears())
                        .dueDaysAfterPeriodEnd(requirement.getDueDaysAfterPeriodEnd())
                        .reminderDaysBeforeDue(requirement.getReminderDaysBeforeDue())));
        plan.getRecipients().forEach(request::addRecipientsItem);
        if (!plan.getSubordinatePlanAddressees().isEmpty() || plan.getSubordinatePlanDeadline() != null) {
            request.subordinatePlans(new SubordinatePlans().addressees(plan.getSubordinatePlanAddressees())
                    .deadline(plan.getSubordinatePlanDeadline()));
        }
        return request;
    }

    private static void assertCells(vn.cascade.client.plan.model.TaskCountCells cells, long total, long doneOnTime,
            long doneLate, long notDoneOnTime, long notDoneLate) {
        assertEquals(List.of(total, doneOnTime, doneLate, notDoneOnTime, notDoneLate),
                List.of(cells.getTotal(), cells.getDoneOnTime(), cells.getDoneLate(), cells.getNotDoneOnTime(),
                        cells.getNotDoneLate()), "total, done on time, done late, not done on time, not done late");
    }

    private static <T> T only(List<T> items, String what) {
        assertEquals(1, items.size(), "one of " + what + ": " + items);
        return items.get(0);
    }

    private Plan issue(Caller issuer, PlanRequest request) {
        // plan-service learns the organisations and the published directive from Kafka: until it has, a draft
        // naming them is a 400 and issuing a 422, with nothing written.
        Plan draft = Eventually.get("plan-service accepts the draft of " + request.getSymbol(), EVENT,
                () -> issuer.plans().draftPlan(request, null, null));
        Plan issued = Eventually.get("plan-service issues " + request.getSymbol(), EVENT,
                () -> issuer.plans().issuePlan(draft.getId(),
                        new vn.cascade.client.plan.model.StatusChangeRequest().version(draft.getVersion()), null, null));
        assertEquals(PlanStatus.ISSUED, issued.getStatus());
        return issued;
    }

    private void assertDue(ReportingPeriodKind kind, LocalDate start, LocalDate end, LocalDate due) {
        ReportingObligation obligation = obligations.get(kind);
        assertEquals(start, obligation.getPeriodStart(), kind + " starts");
        assertEquals(end, obligation.getPeriodEnd(), kind + " ends");
        assertEquals(due, obligation.getDueDate(), kind + " is due five days after its end");
        assertEquals(reportYear, obligation.getPeriodYear());
    }

    private static DocumentReference reference(String symbol, LocalDate issueDate) {
        return new DocumentReference().symbol(symbol).issueDate(issueDate);
    }

    private static vn.cascade.client.plan.model.TaskUnit unit(String code, String name) {
        return new vn.cascade.client.plan.model.TaskUnit().organizationCode(code).name(name);
    }

    private static ReportNarrative narrative(String results) {
        return new ReportNarrative().results(results)
                .limitations("Chất lượng sinh hoạt ở một số chi bộ chưa đồng đều.")
                .causes("Một số cấp ủy cơ sở chưa thường xuyên kiểm tra, đôn đốc.")
                .lessons("Phát huy vai trò người đứng đầu.")
                .proposals("Đề nghị Ban Tổ chức Tỉnh ủy tiếp tục hướng dẫn nghiệp vụ.");
    }

    private static CascadeNode only(List<CascadeNode> nodes) {
        assertEquals(1, nodes.size(), "one plan answers at this level: " + nodes);
        return nodes.get(0);
    }

    private static RollupFigure figure(RollupRow row, String indicator) {
        return row.getFigures().stream().filter(figure -> indicator.equals(figure.getIndicator())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + indicator + " in " + row));
    }
}
