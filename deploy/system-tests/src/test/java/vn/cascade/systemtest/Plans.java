package vn.cascade.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cascade.client.directive.model.Directive;
import vn.cascade.client.directive.model.DirectiveRequest;
import vn.cascade.client.directive.model.DirectiveStatus;
import vn.cascade.client.directive.model.StatusChangeRequest;
import vn.cascade.client.plan.model.DocumentReference;
import vn.cascade.client.plan.model.Plan;
import vn.cascade.client.plan.model.PlanRequest;
import vn.cascade.client.plan.model.PlanStatus;
import vn.cascade.client.plan.model.ReportingFrequency;
import vn.cascade.client.plan.model.ReportingRequirementRequest;
import vn.cascade.client.plan.model.TaskRequest;
import vn.cascade.client.plan.model.TaskUnit;
import vn.cascade.client.plan.model.Timeframe;

/**
 * Small documents for the tests that need many of them (the trace and the fault suite): a resolution of the
 * centre, and Vĩnh Linh's plans implementing it, each owing half-yearly reports to Quảng Trị (through its Organisation Department), so that every plan
 * issued gives reporting-service a known number of obligations.
 */
final class Plans {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** plan-service learns the organisations and the directive from Kafka; on two busy cores this may take a while. */
    static final Duration EVENT = Duration.ofSeconds(90);

    private Plans() {
    }

    /** A published resolution of the Central Committee ({@code bchtw.issuer}), numbered {@code number}. */
    static Directive publishResolution(Caller centre, String number) throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        Directive draft = centre.directives().draftDirective(new DirectiveRequest()
                .symbol(number + "-NQ/TW").issuingOrganizationCode("BCHTW").issueDate(today.minusDays(40)).term("XIII")
                .title("Về nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng (kiểm thử " + number + ")"),
                UUID.randomUUID().toString(), null);
        Directive published = centre.directives().publishDirective(draft.getId(),
                new StatusChangeRequest().version(draft.getVersion()), null, null);
        assertEquals(DirectiveStatus.PUBLISHED, published.getStatus());
        return published;
    }

    /** Vĩnh Linh's plan {@code symbol} implementing {@code resolution}, with half-yearly reports next year. */
    static PlanRequest districtPlan(String symbol, Directive resolution) {
        return districtPlan(symbol, resolution, LocalDate.now(VIETNAM).getYear() + 1);
    }

    /** The same, reporting on {@code year}. */
    static PlanRequest districtPlan(String symbol, Directive resolution, int year) {
        LocalDate today = LocalDate.now(VIETNAM);
        return new PlanRequest().symbol(symbol).issuingOrganizationCode("HU-VINHLINH").issueDate(today.minusDays(5))
                .issuePlace("Vĩnh Linh")
                .title("Kế hoạch thực hiện Nghị quyết số " + resolution.getSymbol())
                .implementsDirective(new DocumentReference().symbol(resolution.getSymbol()).issueDate(resolution.getIssueDate()))
                .addTasksItem(new TaskRequest().number("1")
                        .text("Tổ chức quán triệt Nghị quyết đến 100% chi bộ trong toàn huyện.")
                        .addLeadUnitsItem(new TaskUnit().organizationCode("HU-VINHLINH").name("Ban Thường vụ Huyện ủy"))
                        .timeframe(new Timeframe().text("Thường xuyên")))
                .addReportingRequirementsItem(new ReportingRequirementRequest().addReporterCodesItem("HU-VINHLINH")
                        .recipientCode("TU-QUANGTRI").viaCode("BTC-TU-QUANGTRI").frequencies(Set.of(ReportingFrequency.HALF_YEARLY))
                        .addYearsItem(year).dueDaysAfterPeriodEnd(5).reminderDaysBeforeDue(7));
    }

    /** A draft, then issued by {@code issuer}; both retried until plan-service knows what they name. */
    static Plan issue(Caller drafter, Caller issuer, PlanRequest request) {
        return issue(drafter, issuer, request, new AtomicInteger(), new AtomicInteger());
    }

    /**
     * The same, counting the answers met on the way: 503 (retryable: the request's database connection ended in
     * flight; retried like any refusal) in {@code retryable}, any other 5xx in {@code serverErrors}.
     */
    static Plan issue(Caller drafter, Caller issuer, PlanRequest request, AtomicInteger serverErrors, AtomicInteger retryable) {
        Plan draft = Eventually.get("plan-service accepts the draft of " + request.getSymbol(), EVENT,
                counting(serverErrors, retryable, () -> drafter.plans().draftPlan(request, null, null)));
        Plan issued = Eventually.get("plan-service issues " + request.getSymbol(), EVENT,
                counting(serverErrors, retryable, () -> issuer.plans().issuePlan(draft.getId(),
                        new vn.cascade.client.plan.model.StatusChangeRequest().version(draft.getVersion()), null, null)));
        assertEquals(PlanStatus.ISSUED, issued.getStatus());
        return issued;
    }

    private static <T> Callable<T> counting(AtomicInteger serverErrors, AtomicInteger retryable, Callable<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (Exception e) {
                int code = Eventually.code(e);
                if (code == 503) {
                    retryable.incrementAndGet();
                } else if (code >= 500) {
                    serverErrors.incrementAndGet();
                }
                throw e;
            }
        };
    }
}
