package vn.cascade.client

/**
 * Where the SDK gets its bearer token. The app owns sign-in (on Android, AppAuth's authorization code with PKCE
 * against the `cascade-mobile` client; on a portal, [ClientCredentials]); the SDK only asks. No global state: each
 * [CascadeClient] has its own provider.
 *
 * Both functions are called on OkHttp's threads, never on the main thread, and may block while they refresh.
 */
interface TokenProvider {

    /** The access token to send now (a cached one is fine), or null to call without one. */
    fun accessToken(): String?

    /**
     * The API answered 401 to [rejected]: return a fresh token (refresh it, or fetch a new one), or null to give up
     * and let the 401 reach the caller. When several calls are rejected at once, only the first should refresh:
     * if the token is no longer [rejected], return the current one.
     */
    fun refresh(rejected: String): String? = null
}
