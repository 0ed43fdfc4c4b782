package dev.katalog.local.http

import dev.katalog.local.store.RandomNames
import java.security.MessageDigest
import java.util.concurrent.ConcurrentHashMap

/**
 * Who may call, and as whom: the catalog's API token and the tokens issued to configured OAuth clients (valid for
 * [ttlSeconds]) act as [defaultUser]; the access tokens of API tokens created through the API act as the token's
 * service account ([apiTokenUsers]).
 */
internal class TokenAuthority(
    private val apiToken: String,
    private val clients: Map<String, String>,
    private val ttlSeconds: Long = 3600,
    private val clock: () -> Long = System::currentTimeMillis,
    private val defaultUser: String = "admin",
    private val apiTokenUsers: (String) -> String? = { null },
) {
    private val issued = ConcurrentHashMap<String, Long>()

    /** The user [token] acts as, or null when it is not accepted. */
    fun userOf(token: String): String? = if (accepts(token)) defaultUser else apiTokenUsers(token)

    fun accepts(token: String): Boolean {
        if (same(token, apiToken)) return true
        val expiry = issued[token] ?: return false
        if (expiry < clock()) {
            issued.remove(token)
            return false
        }
        return true
    }

    /** A new access token for a client (an OAuth client or an API token's client) whose secret matches, else null. */
    fun issue(clientId: String, clientSecret: String): String? {
        val secret = clients[clientId] ?: return null
        if (!same(clientSecret, secret)) return null
        val token = RandomNames.token()
        issued[token] = clock() + ttlSeconds * 1000
        return token
    }

    val expiresIn: Long get() = ttlSeconds

    // Constant time, so a caller cannot learn a token one character at a time.
    private fun same(a: String, b: String): Boolean = MessageDigest.isEqual(a.toByteArray(), b.toByteArray())
}
