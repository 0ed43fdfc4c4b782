package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

/** Atlan tags and custom metadata by their human names; the client translates them to Atlan's hashed names. */
object TagsAndCustomMetadata {
    suspend fun run(client: AtlanClient, tableQualifiedName: String, customMetadataSet: String?): List<String> {
        client.addAtlanTags(Table, tableQualifiedName, listOf("Confidential", "Sensitive"))
        client.removeAtlanTag(Table, tableQualifiedName, "Sensitive")
        if (customMetadataSet != null) {
            client.setCustomMetadata(Table, tableQualifiedName, customMetadataSet, mapOf("Score" to 92))
        }
        val table = client.get(Table, tableQualifiedName)
        val lines = mutableListOf("tags: ${client.atlanTagNames(table)}")
        if (customMetadataSet != null) lines += "$customMetadataSet: ${client.customMetadata(table, customMetadataSet)}"
        return lines
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { run(client, args[0], args.getOrNull(1)).forEach(::println) } }
}
