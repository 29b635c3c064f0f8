package vn.cascade.client

import okhttp3.Authenticator
import okhttp3.Interceptor
import okhttp3.Request
import okhttp3.Response
import okhttp3.Route

/**
 * Puts the [TokenProvider]'s token on every request and, on a 401, asks it once for a fresh one and retries. A
 * second 401 for the same call (the fresh token is refused too) reaches the caller as `ClientException` 401.
 */
class BearerAuth(private val tokens: TokenProvider) : Interceptor, Authenticator {

    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request()
        if (request.header(AUTHORIZATION) != null) {
            return chain.proceed(request)
        }
        val token = tokens.accessToken() ?: return chain.proceed(request)
        return chain.proceed(request.withToken(token))
    }

    override fun authenticate(route: Route?, response: Response): Request? {
        val sent = response.request.header(AUTHORIZATION)?.removePrefix(BEARER) ?: return null
        if (response.priorResponse != null) {
            return null // already retried with a fresh token
        }
        val fresh = synchronized(this) { tokens.refresh(sent) } ?: return null
        return if (fresh == sent) null else response.request.withToken(fresh)
    }

    private fun Request.withToken(token: String): Request =
        newBuilder().header(AUTHORIZATION, BEARER + token).build()

    private companion object {
        const val AUTHORIZATION = "Authorization"
        const val BEARER = "Bearer "
    }
}
