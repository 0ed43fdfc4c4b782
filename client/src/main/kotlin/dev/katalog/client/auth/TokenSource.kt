package dev.katalog.client.auth

/** Supplies the bearer token of every call, and a new one when the server refused the last. */
internal interface TokenSource {
    /** The token to send now. */
    suspend fun token(): String

    /** A fresh token after the server answered 401 to [rejected]; null when there is no way to get another. */
    suspend fun refreshAfterRejection(rejected: String): String?

    /** Every secret this source knows, so logs and messages can blank them out. */
    fun secrets(): List<String>
}

/** A fixed API token: nothing to refresh. */
internal class StaticTokenSource(private val credentials: Credentials.ApiToken) : TokenSource {
    override suspend fun token(): String = credentials.token
    override suspend fun refreshAfterRejection(rejected: String): String? = null
    override fun secrets(): List<String> = listOf(credentials.token)
}
