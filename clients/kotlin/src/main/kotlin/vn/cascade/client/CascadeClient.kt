package vn.cascade.client

import okhttp3.OkHttpClient
import vn.cascade.client.api.AuditApi
import vn.cascade.client.api.CascadeApi
import vn.cascade.client.api.ClockApi
import vn.cascade.client.api.DeadLettersApi
import vn.cascade.client.api.DirectivesApi
import vn.cascade.client.api.DocumentsApi
import vn.cascade.client.api.IndicatorsApi
import vn.cascade.client.api.NotificationContactsApi
import vn.cascade.client.api.NotificationsApi
import vn.cascade.client.api.OrganizationsApi
import vn.cascade.client.api.PlansApi
import vn.cascade.client.api.ReportingObligationsApi
import vn.cascade.client.api.ReportsApi
import vn.cascade.client.api.RollUpsApi
import vn.cascade.client.api.TasksApi

/**
 * The whole Cascade API behind one base URL (the gateway), one object: each property is the generated API of one
 * tag, and every operation is a `suspend` function (it runs on `Dispatchers.IO`; call it from any coroutine).
 *
 * ```
 * val cascade = CascadeClient("https://api.example.gov.vn", tokens)
 * val plan = cascade.plans.getPlanBySymbol("48-CTr/TU", 2022)
 * ```
 *
 * @param baseUrl the gateway, e.g. `https://api.example.gov.vn` or `http://10.0.2.2:8080` (the local stack from
 *   the Android emulator)
 * @param tokens where the bearer token comes from; the client adds it to every call and, on a 401, asks for a
 *   fresh one and retries once
 * @param http the app's OkHttpClient (its timeouts, certificate pinning, logging); the client derives its own
 *   from it, sharing the connection pool
 */
class CascadeClient(
    baseUrl: String,
    tokens: TokenProvider,
    http: OkHttpClient = OkHttpClient(),
) {
    private val base = baseUrl.trimEnd('/')
    private val auth = BearerAuth(tokens)

    /** The OkHttpClient every API below uses: the one given, plus the bearer token. */
    val http: OkHttpClient = http.newBuilder().addInterceptor(auth).authenticator(auth).build()

    val organizations by lazy { OrganizationsApi(base, this.http) }
    val directives by lazy { DirectivesApi(base, this.http) }
    val documents by lazy { DocumentsApi(base, this.http) }
    val plans by lazy { PlansApi(base, this.http) }
    val tasks by lazy { TasksApi(base, this.http) }
    val cascade by lazy { CascadeApi(base, this.http) }
    val reportingObligations by lazy { ReportingObligationsApi(base, this.http) }
    val reports by lazy { ReportsApi(base, this.http) }
    val rollUps by lazy { RollUpsApi(base, this.http) }
    val indicators by lazy { IndicatorsApi(base, this.http) }
    val notifications by lazy { NotificationsApi(base, this.http) }
    val notificationContacts by lazy { NotificationContactsApi(base, this.http) }

    /** Administration of each service (`directiveGetClock`, `planListAuditEntries`, `reportingReplayDeadLetters` …). */
    val audit by lazy { AuditApi(base, this.http) }
    val clock by lazy { ClockApi(base, this.http) }
    val deadLetters by lazy { DeadLettersApi(base, this.http) }
}
