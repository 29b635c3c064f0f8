package vn.cascade.client

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import java.time.Clock
import java.time.Instant

/**
 * A portal's [TokenProvider]: the OAuth 2 client-credentials grant against Keycloak's token endpoint
 * (`https://sso.example.gov.vn/realms/cascade/protocol/openid-connect/token`, client `cascade-portal`), the token
 * cached until half a minute before it expires and fetched anew on a 401. Not for apps: a secret never ships in one.
 */
class ClientCredentials(
    private val tokenEndpoint: String,
    private val clientId: String,
    private val clientSecret: String,
    private val http: OkHttpClient = OkHttpClient(),
    private val clock: Clock = Clock.systemUTC(),
) : TokenProvider {

    private var token: String? = null
    private var expires: Instant = Instant.MIN

    @Synchronized
    override fun accessToken(): String = token?.takeIf { clock.instant().isBefore(expires) } ?: fetch()

    @Synchronized
    override fun refresh(rejected: String): String = if (token != rejected) accessToken() else fetch()

    private fun fetch(): String {
        val form = FormBody.Builder().add("grant_type", "client_credentials").add("client_id", clientId)
            .add("client_secret", clientSecret).build()
        http.newCall(Request.Builder().url(tokenEndpoint).post(form).build()).execute().use { response ->
            val body = response.body?.string().orEmpty()
            check(response.isSuccessful) { "Token endpoint answered ${response.code}: $body" }
            val json = Json.parseToJsonElement(body).jsonObject
            val fresh = json.getValue("access_token").jsonPrimitive.content
            val lifetime = json["expires_in"]?.jsonPrimitive?.long ?: 60
            token = fresh
            expires = clock.instant().plusSeconds(maxOf(lifetime - 30, 0))
            return fresh
        }
    }
}
