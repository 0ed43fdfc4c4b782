package dev.katalog.local.openmetadata

import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What a database, schema or table shows of its parent when it has none of its own, filled in on every read as
 * OpenMetadata 1.4 does (openmetadata-service/…/jdbi3/TableRepository.java, DatabaseSchemaRepository.java and
 * DatabaseRepository.java, `setInheritedFields`, with `EntityRepository.inheritOwner` and `inheritDomain`):
 * - a table takes its schema's owner and domain, a schema its database's, a database its service's domain, each only
 *   when `fields=` asks for it, marked `"inherited": true` (type/entityReference.json of openmetadata-spec 1.4.0);
 * - a table takes its schema's `retentionPeriod`, a schema its database's, whatever was asked.
 *
 * A parent shows what it inherits in turn, so a table without an owner shows its database's when its schema has none.
 * Inherited values are never stored: [withoutInherited] removes them from what a write keeps.
 */
internal class InheritedFields(private val index: EntityIndex) {
    private class Rule(val parentField: String, val parent: EntityKind, val references: List<String>, val values: List<String>)

    private val rules: Map<String, Rule> = mapOf(
        EntityKinds.TABLE.type to Rule("databaseSchema", EntityKinds.DATABASE_SCHEMA, listOf(OWNER, DOMAIN), listOf(RETENTION)),
        EntityKinds.DATABASE_SCHEMA.type to Rule("database", EntityKinds.DATABASE, listOf(OWNER, DOMAIN), listOf(RETENTION)),
        EntityKinds.DATABASE.type to Rule("service", EntityKinds.DATABASE_SERVICE, listOf(DOMAIN), emptyList()),
    )

    /**
     * [entity] with the owner and domain it inherits where [asks] admits them, and with the inherited values unless not
     * [withValues]; [parents] holds the parents read for one answer, so that a page of tables of one schema reads that
     * schema once.
     */
    suspend fun fill(
        kind: EntityKind, entity: JsonObject, asks: (String) -> Boolean, parents: MutableMap<String, JsonObject?> = HashMap(), withValues: Boolean = true,
    ): JsonObject {
        val rule = rules[kind.type] ?: return entity
        val references = rule.references.filter { asks(it) && entity[it].isAbsent() }
        val values = if (withValues) rule.values.filter { entity[it].isAbsent() } else emptyList()
        if (references.isEmpty() && values.isEmpty()) return entity
        val parentId = entity[rule.parentField].refId() ?: return entity
        val parent = parents.getOrPut(parentId) {
            index.get(rule.parent, parentId)?.let { fill(rule.parent, it, { field -> field in rule.references }, parents, withValues) }
        } ?: return entity
        val inherited = LinkedHashMap<String, JsonElement>()
        for (field in references) {
            val reference = parent[field] as? JsonObject ?: continue
            inherited[field] = JsonObject(reference + (INHERITED to JsonPrimitive(true)))
        }
        for (field in values) parent[field]?.takeUnless { it.isAbsent() }?.let { inherited[field] = it }
        return if (inherited.isEmpty()) entity else JsonObject(entity + inherited)
    }

    companion object {
        private const val OWNER = "owner"
        private const val DOMAIN = "domain"
        private const val RETENTION = "retentionPeriod"
        private const val INHERITED = "inherited"

        /** The references [fill] may inherit: a patch applies to the entity with them, as OpenMetadata's does. */
        val REFERENCES: Set<String> = setOf(OWNER, DOMAIN)

        /**
         * [entity] without the owner and domain it showed as inherited: a client that sends back what it read (a
         * patch made by comparing a read with its edit) does not make the parent's owner or domain its own.
         */
        fun withoutInherited(entity: JsonObject): JsonObject {
            val inherited = listOf(OWNER, DOMAIN).filter { (entity[it] as? JsonObject)?.get(INHERITED) == JsonPrimitive(true) }
            return if (inherited.isEmpty()) entity else JsonObject(entity - inherited.toSet())
        }

        private fun JsonElement?.isAbsent(): Boolean = this == null || this is JsonNull
    }
}
