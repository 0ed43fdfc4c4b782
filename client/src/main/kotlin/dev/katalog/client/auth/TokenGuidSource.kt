package dev.katalog.client.auth

import dev.katalog.client.http.TokenSource
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Starts a client from an API token's GUID, as Atlan's own tooling does: an escalation client (its
 * id and secret) obtains a token, reads the API token's client id and secret, then exchanges those for
 * the API token's access token. The last exchange is repeated on expiry or when the server rejects it.
 * [grant] performs a client-credentials grant (id, secret → token and lifetime in seconds);
 * [resolve] reads the API token's client id and secret with the escalation token.
 */
internal class TokenGuidSource(
    private val credentials: Credentials.ApiTokenGuid,
    private val now: () -> Long,
    private val grant: suspend (clientId: String, clientSecret: String) -> Pair<String, Long>,
    private val resolve: suspend (guid: String, escalationToken: String) -> Pair<String, String>,
) : TokenSource {
    private val lock = Mutex()
    private var tokenClient: Pair<String, String>? = null
    private var current: String? = null
    private var expiresAt = 0L
    private val issued = CopyOnWriteArrayList<String>()

    override suspend fun token(): String = lock.withLock { current?.takeIf { now() < expiresAt } ?: renew() }

    override suspend fun refreshAfterRejection(rejected: String): String? = lock.withLock {
        current?.takeIf { it != rejected && now() < expiresAt } ?: renew()
    }

    override fun secrets(): List<String> = listOfNotNull(credentials.clientSecret, tokenClient?.second) + issued

    private suspend fun renew(): String {
        val client = tokenClient ?: run {
            val (escalation, _) = grant(credentials.clientId, credentials.clientSecret)
            issued += escalation
            resolve(credentials.guid, escalation).also { tokenClient = it }
        }
        val (token, lifetime) = grant(client.first, client.second)
        issued += token
        current = token
        expiresAt = now() + (lifetime * 1000 * 9 / 10)
        return token
    }
}
