package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

/** Atlan tags and custom metadata by their human names; the client translates them to Atlan's hashed names. */
object TagsAndCustomMetadata {
    suspend fun run(client: AtlanClient, tableQualifiedName: String, customMetadataSet: String?): List<String> {
        client.tags.add(Table, tableQualifiedName, listOf("Confidential", "Sensitive"))
        client.tags.remove(Table, tableQualifiedName, "Sensitive")
        if (customMetadataSet != null) {
            client.customMetadata.update(Table, tableQualifiedName, customMetadataSet, mapOf("Score" to 92))
        }
        val table = client.assets.get(Table, tableQualifiedName)
        val lines = mutableListOf("tags: ${client.tags.namesOf(table)}")
        if (customMetadataSet != null) lines += "$customMetadataSet: ${client.customMetadata.read(table, customMetadataSet).values}"
        return lines
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { run(client, args[0], args.getOrNull(1)).forEach(::println) } }
}
