package vn.cascade.systemtest;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.cascade.client.directive.api.DirectivesApi;
import vn.cascade.client.directive.api.OrganizationsApi;
import vn.cascade.client.plan.api.CascadeApi;
import vn.cascade.client.plan.api.PlansApi;
import vn.cascade.client.plan.api.TasksApi;
import vn.cascade.client.reporting.api.ClockApi;
import vn.cascade.client.reporting.api.NotificationContactsApi;
import vn.cascade.client.reporting.api.NotificationsApi;
import vn.cascade.client.reporting.api.ReportingObligationsApi;
import vn.cascade.client.reporting.api.ReportsApi;
import vn.cascade.client.reporting.api.RollUpsApi;

/**
 * One caller of the three services through the generated Java client: a demo user, the portal, or nobody
 * (no Authorization header). Each request carries a current token from Keycloak.
 */
public final class Caller {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final vn.cascade.client.directive.ApiClient directive;
    private final vn.cascade.client.plan.ApiClient plan;
    private final vn.cascade.client.reporting.ApiClient reporting;
    private final RunningStack stack;
    private final Supplier<String> token;
    private final Map<String, String> headers;

    private Caller(RunningStack stack, Supplier<String> token) {
        this(stack, token, Map.of());
    }

    private Caller(RunningStack stack, Supplier<String> token, Map<String, String> headers) {
        this.stack = stack;
        this.token = token;
        this.headers = Map.copyOf(headers);
        Consumer<HttpRequest.Builder> bearer = request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token.get());
            }
            this.headers.forEach(request::header);
        };
        directive = new vn.cascade.client.directive.ApiClient();
        directive.updateBaseUri(stack.directiveUrl);
        directive.setRequestInterceptor(bearer);
        directive.setReadTimeout(TIMEOUT);
        directive.setConnectTimeout(TIMEOUT);
        plan = new vn.cascade.client.plan.ApiClient();
        plan.updateBaseUri(stack.planUrl);
        plan.setRequestInterceptor(bearer);
        plan.setReadTimeout(TIMEOUT);
        plan.setConnectTimeout(TIMEOUT);
        reporting = new vn.cascade.client.reporting.ApiClient();
        reporting.updateBaseUri(stack.reportingUrl);
        reporting.setRequestInterceptor(bearer);
        reporting.setReadTimeout(TIMEOUT);
        reporting.setConnectTimeout(TIMEOUT);
    }

    /** A demo user of the realm (password {@code demo}). */
    public static Caller user(RunningStack stack, Keycloak keycloak, String username) {
        return new Caller(stack, () -> keycloak.user(username));
    }

    /** The government portal's client-credentials token. */
    public static Caller portal(RunningStack stack, Keycloak keycloak) {
        return new Caller(stack, keycloak::portal);
    }

    /** The same caller sending one more header with every request (a {@code traceparent}, say). */
    public Caller withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Caller(stack, token, more);
    }

    /** No token at all. */
    public static Caller anonymous(RunningStack stack) {
        return new Caller(stack, null);
    }

    public OrganizationsApi organizations() {
        return new OrganizationsApi(directive);
    }

    public DirectivesApi directives() {
        return new DirectivesApi(directive);
    }

    public PlansApi plans() {
        return new PlansApi(plan);
    }

    public TasksApi tasks() {
        return new TasksApi(plan);
    }

    public CascadeApi cascade() {
        return new CascadeApi(plan);
    }

    public ReportingObligationsApi obligations() {
        return new ReportingObligationsApi(reporting);
    }

    public ReportsApi reports() {
        return new ReportsApi(reporting);
    }

    public RollUpsApi rollups() {
        return new RollUpsApi(reporting);
    }

    public NotificationsApi notifications() {
        return new NotificationsApi(reporting);
    }

    public NotificationContactsApi notificationContacts() {
        return new NotificationContactsApi(reporting);
    }

    /** plan-service's clock (adjustable in the stack the tests run). */
    public vn.cascade.client.plan.api.ClockApi planClock() {
        return new vn.cascade.client.plan.api.ClockApi(plan);
    }

    /** reporting-service's clock (adjustable in the stack the tests run). */
    public ClockApi reportingClock() {
        return new ClockApi(reporting);
    }
}
