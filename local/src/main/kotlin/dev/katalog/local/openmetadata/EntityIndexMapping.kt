package dev.katalog.local.openmetadata

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * The mapping of every OpenMetadata search index: the fields OpenMetadata's own mappings make searchable
 * (`name.keyword`, a lower-cased keyword `fullyQualifiedName`, references' `id`/`name`/`fullyQualifiedName`, tags,
 * columns), nothing else (`dynamic: false`), so that any entity body is stored and returned whatever it holds.
 */
internal object EntityIndexMapping {
    /** The exact (case-sensitive) FQN sub-field, for look-ups and stable list order. */
    const val FQN_EXACT: String = "fullyQualifiedName.exact"

    fun settingsAndMappings(): JsonObject = buildJsonObject {
        putJsonObject("settings") {
            put("number_of_shards", 1)
            put("number_of_replicas", 0)
            put("max_result_window", 100_000)
            putJsonObject("analysis") {
                putJsonObject("normalizer") {
                    putJsonObject("lowercase_normalizer") {
                        put("type", "custom")
                        putJsonArray("filter") { add(kotlinx.serialization.json.JsonPrimitive("lowercase")) }
                    }
                }
            }
        }
        putJsonObject("mappings") {
            put("dynamic", false)
            putJsonObject("properties") {
                put("id", keyword())
                put("entityType", keyword())
                put("name", textWithKeyword())
                put("displayName", textWithKeyword())
                put("fullyQualifiedName", fqn())
                put("description", text())
                put("version", type("float"))
                put("updatedAt", type("long"))
                put("updatedBy", keyword())
                put("deleted", type("boolean"))
                for (field in listOf("serviceType", "tableType", "email", "teamType", "status", "provider", "domainType")) put(field, keyword())
                for (field in listOf("isBot", "isAdmin", "disabled", "deprecated", "mutuallyExclusive")) put(field, type("boolean"))
                put("synonyms", textWithKeyword())
                for (field in listOf("service", "database", "databaseSchema", "glossary", "classification", "parent", "owner", "parents", "teams", "domain", "assets", "experts", "roles", "policies", "botUser", "queryUsedIn")) {
                    put(field, reference())
                }
                put("tags", tags())
                putJsonObject("columns") {
                    putJsonObject("properties") {
                        put("name", textWithKeyword())
                        put("displayName", textWithKeyword())
                        put("dataType", keyword())
                        put("fullyQualifiedName", fqn())
                        put("description", text())
                        put("tags", tags())
                    }
                }
            }
        }
    }

    /** Lineage edges: one document per (from, to) pair; the edge itself is kept, not indexed. */
    fun lineage(): JsonObject = plain {
        put("fromId", keyword())
        put("toId", keyword())
        put("fromType", keyword())
        put("toType", keyword())
        putJsonObject("edge") { put("type", "object"); put("enabled", false) }
    }

    /**
     * What OpenMetadata keeps beside an entity rather than in it (its `entity_extension` and time-series tables):
     * sample data, profiler config, profiles and daily usage, one document each, the payload kept, not indexed.
     */
    fun extensions(): JsonObject = plain {
        put("entityId", keyword())
        put("entityFqn", keyword())
        put("entityType", keyword())
        put("extension", keyword())
        put("timestamp", type("long"))
        put("date", type("date"))
        put("count", type("long"))
        putJsonObject("payload") { put("type", "object"); put("enabled", false) }
    }

    /** Keys: one document per (type, FQN), its id a digest of them, pointing at the entity's id. */
    fun keys(): JsonObject = plain { put("id", keyword()) }

    /** Earlier versions of entities: the entity as it was, kept, not indexed. */
    fun versions(): JsonObject = plain {
        put("entityId", keyword())
        put("entityType", keyword())
        put("version", type("float"))
        putJsonObject("entity") { put("type", "object"); put("enabled", false) }
    }

    private fun plain(properties: kotlinx.serialization.json.JsonObjectBuilder.() -> Unit): JsonObject = buildJsonObject {
        putJsonObject("settings") { put("number_of_shards", 1); put("number_of_replicas", 0) }
        putJsonObject("mappings") { put("dynamic", false); putJsonObject("properties", properties) }
    }

    private fun type(name: String) = buildJsonObject { put("type", name) }
    private fun keyword() = type("keyword")
    private fun text() = type("text")
    private fun textWithKeyword() = buildJsonObject {
        put("type", "text")
        putJsonObject("fields") { putJsonObject("keyword") { put("type", "keyword"); put("ignore_above", 256) } }
    }

    // OpenMetadata matches FQNs case-insensitively in search; look-ups by name need the exact form.
    private fun fqn() = buildJsonObject {
        put("type", "keyword")
        put("normalizer", "lowercase_normalizer")
        putJsonObject("fields") { putJsonObject("exact") { put("type", "keyword") } }
    }

    private fun reference() = buildJsonObject {
        putJsonObject("properties") {
            put("id", keyword())
            put("type", keyword())
            put("name", keyword())
            put("fullyQualifiedName", fqn())
            put("displayName", textWithKeyword())
            put("deleted", type("boolean"))
        }
    }

    private fun tags() = buildJsonObject {
        putJsonObject("properties") {
            put("tagFQN", keyword())
            put("source", keyword())
            put("labelType", keyword())
            put("state", keyword())
        }
    }
}
