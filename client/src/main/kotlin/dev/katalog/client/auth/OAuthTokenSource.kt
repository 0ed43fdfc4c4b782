package dev.katalog.client.auth

import dev.katalog.client.http.TokenSource
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Exchanges OAuth client credentials for access tokens, keeps the current one until shortly before it
 * expires, and exchanges again on expiry or when the server rejects it. Concurrent callers share one exchange.
 * [exchange] performs the HTTP call and returns the token and its lifetime in seconds.
 */
internal class OAuthTokenSource(
    private val credentials: Credentials.OAuthClient,
    private val now: () -> Long,
    private val exchange: suspend (Credentials.OAuthClient) -> Pair<String, Long>,
) : TokenSource {
    private val lock = Mutex()
    private var current: String? = null
    private var expiresAt = 0L
    private val issued = CopyOnWriteArrayList<String>()

    override suspend fun token(): String = lock.withLock {
        current?.takeIf { now() < expiresAt } ?: renew()
    }

    override suspend fun refreshAfterRejection(rejected: String): String? = lock.withLock {
        // Another caller may already have replaced the rejected token.
        current?.takeIf { it != rejected && now() < expiresAt } ?: renew()
    }

    override fun secrets(): List<String> = listOf(credentials.clientSecret) + issued

    private suspend fun renew(): String {
        val (token, lifetimeSeconds) = exchange(credentials)
        issued += token
        current = token
        // Renew a little early so a call never leaves with a token about to expire.
        expiresAt = now() + (lifetimeSeconds * 1000 - EARLY_RENEWAL_MS).coerceAtLeast(lifetimeSeconds * 500)
        return token
    }

    private companion object {
        const val EARLY_RENEWAL_MS = 30_000L
    }
}
