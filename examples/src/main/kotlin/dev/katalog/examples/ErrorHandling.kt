package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

/** Every failure is an AtlanException with status, error code, request id and a hint; nothing returns null for a failure. */
object ErrorHandling {
    suspend fun run(client: AtlanClient): List<String> {
        val lines = mutableListOf<String>()
        // Absence expected: the OrNull variant.
        lines += "missing table: ${client.assets.getOrNull(Table, "default/snowflake/0/DB/S/NOPE")}"
        try {
            client.assets.get(Table, "default/snowflake/0/DB/S/NOPE")
        } catch (e: AtlanException) {
            lines += when (e) {
                is AtlanException.NotFound -> "not found (${e.status}): ${e.hint}"
                is AtlanException.Authentication -> "check the token: ${e.hint}"
                is AtlanException.RateLimit -> "slow down, retry after ${e.retryAfterSeconds}s"
                is AtlanException.ApiConnection -> "no answer: ${e.hint}"
                else -> "failed: ${e.message}"
            }
        }
        return lines
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { run(client).forEach(::println) } }
}
