package vn.cascade.client

import kotlinx.coroutines.runBlocking
import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.MockWebServer
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test
import vn.cascade.client.infrastructure.ClientException
import java.util.concurrent.atomic.AtomicInteger

class CascadeClientTest {

    private val server = MockWebServer().apply { start() }
    private val clock = """{"instant": "2027-03-30T01:00:00Z", "offsetSeconds": 10800000}"""

    @AfterEach
    fun stop() = server.shutdown()

    private fun json(body: String, status: Int = 200) =
        MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body)

    @Test
    fun shouldCallTheOneBaseUrlFromASuspendFunctionWithTheProvidersToken() = runBlocking {
        server.enqueue(json(clock))
        val client = CascadeClient(server.url("/").toString(), object : TokenProvider {
            override fun accessToken() = "t1"
        })

        val state = client.clock.reportingGetClock()

        assertEquals(10800000L, state.offsetSeconds)
        val request = server.takeRequest()
        assertEquals("/api/v1/admin/reporting/clock", request.path)
        assertEquals("Bearer t1", request.getHeader("Authorization"))
    }

    @Test
    fun shouldRetryA401OnceWithTheRefreshedToken() = runBlocking {
        server.enqueue(json("{}", 401))
        server.enqueue(json(clock))
        val refreshes = AtomicInteger()
        val tokens = object : TokenProvider {
            @Volatile var current = "stale"
            override fun accessToken() = current
            override fun refresh(rejected: String): String {
                refreshes.incrementAndGet()
                assertEquals("stale", rejected)
                current = "fresh"
                return current
            }
        }

        val state = CascadeClient(server.url("/").toString(), tokens).clock.planGetClock()

        assertEquals(10800000L, state.offsetSeconds)
        assertEquals(1, refreshes.get())
        assertEquals("Bearer stale", server.takeRequest().getHeader("Authorization"))
        assertEquals("Bearer fresh", server.takeRequest().getHeader("Authorization"))
    }

    @Test
    fun shouldLetA401ThroughWhenEvenTheFreshTokenIsRefused() {
        repeat(2) { server.enqueue(json("""{"status": 401}""", 401)) }
        val tokens = object : TokenProvider {
            override fun accessToken() = "a"
            override fun refresh(rejected: String) = "b"
        }

        val failure = assertThrows(ClientException::class.java) {
            runBlocking { CascadeClient(server.url("/").toString(), tokens).clock.directiveGetClock() }
        }

        assertEquals(401, failure.statusCode)
        assertEquals(2, server.requestCount)
    }

    @Test
    fun shouldFetchAClientCredentialsTokenOnceAndSendIt() = runBlocking {
        server.enqueue(json("""{"access_token": "portal-token", "expires_in": 300}"""))
        server.enqueue(json(clock))
        server.enqueue(json(clock))
        val tokens = ClientCredentials(server.url("/realms/cascade/protocol/openid-connect/token").toString(),
            "cascade-portal", "s3cret")
        val client = CascadeClient(server.url("/").toString(), tokens)

        client.clock.directiveGetClock()
        client.clock.directiveGetClock()

        val tokenRequest = server.takeRequest()
        assertEquals("grant_type=client_credentials&client_id=cascade-portal&client_secret=s3cret",
            tokenRequest.body.readUtf8())
        assertEquals("Bearer portal-token", server.takeRequest().getHeader("Authorization"))
        assertEquals("Bearer portal-token", server.takeRequest().getHeader("Authorization"))
        assertEquals(3, server.requestCount)
    }
}
