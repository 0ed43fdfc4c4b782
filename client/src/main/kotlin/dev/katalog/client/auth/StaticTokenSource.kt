package dev.katalog.client.auth

import dev.katalog.client.http.TokenSource

/** A fixed API token: nothing to refresh. */
internal class StaticTokenSource(private val credentials: Credentials.ApiToken) : TokenSource {
    override suspend fun token(): String = credentials.token
    override suspend fun refreshAfterRejection(rejected: String): String? = null
    override fun secrets(): List<String> = listOf(credentials.token)
}
