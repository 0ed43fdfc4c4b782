package dev.katalog.local.openmetadata

import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * Relationship fields OpenMetadata computes on read rather than stores: a database's `databaseSchemas`, a
 * schema's `tables`, a term's, tag's or container's `children`, a team's `users`; filled in (as references, at most
 * [LIMIT], live ones only) when `fields=` asks for them.
 */
internal class ComputedFields(private val index: EntityIndex) {
    private class Relation(val child: EntityKind, val reference: String)

    private val relations: Map<Pair<String, String>, Relation> = mapOf(
        ("database" to "databaseSchemas") to Relation(EntityKinds.DATABASE_SCHEMA, "database"),
        ("databaseSchema" to "tables") to Relation(EntityKinds.TABLE, "databaseSchema"),
        ("glossaryTerm" to "children") to Relation(EntityKinds.GLOSSARY_TERM, "parent"),
        ("tag" to "children") to Relation(EntityKinds.TAG, "parent"),
        ("team" to "users") to Relation(EntityKinds.USER, "teams"),
        ("domain" to "children") to Relation(EntityKinds.DOMAIN, "parent"),
        ("role" to "users") to Relation(EntityKinds.USER, "roles"),
        ("policy" to "roles") to Relation(EntityKinds.ROLE, "policies"),
        // OpenMetadata 1.4 ContainerRepository.setFields: a container's children are the containers whose parent it is.
        ("container" to "children") to Relation(EntityKinds.CONTAINER, "parent"),
    )

    suspend fun fill(kind: EntityKind, entity: JsonObject, fields: FieldSelection): JsonObject {
        var filled = entity
        val own = relations.filterKeys { it.first == kind.type }.map { (key, relation) -> key.second to relation }
        // An asset's data products are the products that list it among their assets (DataProductRepository's HAS relation).
        val products = if ("dataProducts" in kind.properties) listOf("dataProducts" to PRODUCTS) else emptyList()
        for ((field, relation) in own + products) {
            if (!fields.asks(field)) continue
            val query = buildJsonObject {
                putJsonObject("bool") {
                    putJsonArray("filter") {
                        add(EntityIndex.term("entityType", relation.child.type))
                        add(EntityIndex.term("${relation.reference}.id", entity.str("id")!!))
                        add(buildJsonObject { putJsonObject("term") { put("deleted", false) } })
                    }
                }
            }
            val body = buildJsonObject {
                put("query", query)
                put("size", LIMIT)
                putJsonArray("sort") { add(buildJsonObject { put(EntityIndexMapping.FQN_EXACT, "asc") }) }
            }
            val children = index.search(listOf(index.indexOf(relation.child)), body).map { EntityReference.of(relation.child.type, it) }
            filled = JsonObject(filled + (field to JsonArray(children)))
        }
        return filled
    }

    private companion object {
        const val LIMIT = 10_000
        val PRODUCTS = Relation(EntityKinds.DATA_PRODUCT, "assets")
    }
}

