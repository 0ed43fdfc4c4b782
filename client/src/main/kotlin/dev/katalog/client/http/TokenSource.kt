package dev.katalog.client.http

/** Supplies the bearer token of every call, and a new one when the server refused the last. */
internal interface TokenSource {
    /** The token to send now. */
    suspend fun token(): String

    /** A fresh token after the server answered 401 to [rejected]; null when there is no way to get another. */
    suspend fun refreshAfterRejection(rejected: String): String?

    /** Every secret this source knows, so logs and messages can blank them out. */
    fun secrets(): List<String>
}
