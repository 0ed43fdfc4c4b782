package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.TagLabel
import kotlinx.serialization.encoding.CompositeDecoder
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.put

/**
 * The one-field patches ometa offers (open-metadata/OpenMetadata 1.4.x,
 * ingestion/src/metadata/ingestion/ometa/mixins/patch_mixin.py: `patch_description`, `patch_column_descriptions`,
 * `patch_tags`, `patch_column_tags`, `patch_owner`). Each reads the fields it changes from the server first, so
 * a patch is computed against what the server holds, never against a copy read without them (an entity read
 * without `fields=tags` holds no tags, and a patch from it would replace the server's). Where ometa logs and
 * answers None, these fail with a [UsageException] naming the problem. Entity tags, the domain (1.4 entities carry
 * one) and, in [TableConstraintPatches], a table's constraints follow the same rule.
 */
internal class FieldPatches(private val api: EntitiesApi) {

    suspend fun <E : OpenMetadataEntity> addTags(entity: E, tags: List<TagLabel>): E {
        val kind = kindOf(entity)
        val held = tagFqns(json(kind, api.getById(kind, entity.id, listOf("tags"))))
        val added = tags.distinctBy { it.tagFQN }.filter { held == null || it.tagFQN !in held }.map { KatalogJson.encodeToElement(TagLabel.serializer(), it) }
        if (added.isEmpty()) return entity
        val patch = JsonPatch.builder()
        if (held == null) patch.add("/tags", JsonArray(added)) else added.forEach { patch.add("/tags/-", it) }
        return api.patch(entity, patch.build())
    }

    suspend fun <E : OpenMetadataEntity> removeTags(entity: E, tagFqns: List<String>): E {
        val kind = kindOf(entity)
        val held = tagFqns(json(kind, api.getById(kind, entity.id, listOf("tags")))).orEmpty()
        val patch = JsonPatch.builder()
        // From the last, so that each index still points at the tag it was read as.
        for (index in held.indices.reversed()) if (held[index] in tagFqns) {
            patch.test(JsonPatch.pointer("tags", index, "tagFQN"), JsonPrimitive(held[index]))
            patch.remove(JsonPatch.pointer("tags", index))
        }
        return api.patch(entity, patch.build())
    }

    suspend fun <E : OpenMetadataEntity> description(kind: EntityKind<E>, id: String, text: String, force: Boolean): E {
        val current = api.getById(kind, id)
        val held = json(kind, current).string("description")
        if (held == text) return current
        UsageException.check(
            held.isNullOrEmpty() || force,
            { "${kind.type} ${current.fullyQualifiedName} has a description already" },
            "Pass force = true to replace it, as ometa's patch_description(force=True)",
        )
        val patch = JsonPatch.builder()
        if (held == null) patch.add("/description", text) else patch.replace("/description", text)
        return api.patch(current, patch.build())
    }

    suspend fun columnDescription(tableId: String, columnName: String, text: String, force: Boolean): Table {
        val table = api.getById(EntityKinds.TABLE, tableId, listOf("columns"))
        val column = ColumnLocator.locate(json(EntityKinds.TABLE, table), columnName)
        val held = column.column.string("description")
        if (held == text) return table
        UsageException.check(
            held.isNullOrEmpty() || force,
            { "Column $columnName of table ${table.fullyQualifiedName} has a description already" },
            "Pass force = true to replace it, as ometa's patch_column_descriptions(force=True)",
        )
        val patch = sameColumn(column)
        if (held == null) patch.add(column.pointer("description"), text) else patch.replace(column.pointer("description"), text)
        return api.patch(table, patch.build())
    }

    suspend fun addColumnTags(tableId: String, columnName: String, tags: List<TagLabel>): Table {
        val table = api.getById(EntityKinds.TABLE, tableId, listOf("columns", "tags"))
        val column = ColumnLocator.locate(json(EntityKinds.TABLE, table), columnName)
        val held = column.column["tags"] as? JsonArray
        val heldFqns = held?.map { it.jsonObject.string("tagFQN") }.orEmpty()
        val added = tags.distinctBy { it.tagFQN }.filter { it.tagFQN !in heldFqns }.map { KatalogJson.encodeToElement(TagLabel.serializer(), it) }
        if (added.isEmpty()) return table
        val patch = sameColumn(column)
        if (held == null) patch.add(column.pointer("tags"), JsonArray(added)) else added.forEach { patch.add(column.pointer("tags", "-"), it) }
        return api.patch(table, patch.build())
    }

    suspend fun removeColumnTags(tableId: String, columnName: String, tagFqns: List<String>): Table {
        val table = api.getById(EntityKinds.TABLE, tableId, listOf("columns", "tags"))
        val column = ColumnLocator.locate(json(EntityKinds.TABLE, table), columnName)
        val held = (column.column["tags"] as? JsonArray)?.map { it.jsonObject.string("tagFQN") }.orEmpty()
        if (held.none { it in tagFqns }) return table
        val patch = sameColumn(column)
        // From the last, so that each index still points at the tag it was read as.
        for (index in held.indices.reversed()) if (held[index] in tagFqns) {
            val at = JsonPatch.pointer(*(column.segments + listOf("tags", index)).toTypedArray())
            patch.test("$at/tagFQN", JsonPrimitive(held[index]))
            patch.remove(at)
        }
        return api.patch(table, patch.build())
    }

    suspend fun <E : OpenMetadataEntity> setOwner(entity: E, owner: EntityReference): E {
        UsageException.check(
            owner.type == "user" || owner.type == "team",
            { "An owner is a user or a team, not a ${owner.type}" },
            "Pass a reference to a user or a team: getEntityReference(EntityKinds.USER, name) or (EntityKinds.TEAM, name)",
        )
        // The server looks the owner up by id and type and fills in the rest (EntityRepository.validateOwner).
        return setReference(kindOf(entity), entity, "owner", owner)
    }

    suspend fun <E : OpenMetadataEntity> removeOwner(entity: E): E = removeReference(kindOf(entity), entity, "owner")

    suspend fun <E : OpenMetadataEntity> setDomain(entity: E, domain: EntityReference): E {
        UsageException.check(
            domain.type == EntityKinds.DOMAIN.type,
            { "A domain reference has type domain, not ${domain.type}" },
            "Pass a reference to a domain: getEntityReference(EntityKinds.DOMAIN, fqn)",
        )
        // 1.4 entities carry one domain; the server looks it up by id (EntityRepository.validateDomain) and fills in the rest.
        return setReference(domainHolder(entity), entity, "domain", domain)
    }

    suspend fun <E : OpenMetadataEntity> removeDomain(entity: E): E = removeReference(domainHolder(entity), entity, "domain")

    /** Sets the single reference [field] to [reference] by id and type, after reading what the entity holds now. */
    private suspend fun <E : OpenMetadataEntity> setReference(kind: EntityKind<E>, entity: E, field: String, reference: EntityReference): E {
        val current = api.getById(kind, entity.id, listOf(field))
        // An inherited one is not the entity's: setting that same one makes it the entity's own.
        val held = ownReference(json(kind, current), field)
        if (held?.string("id") == reference.id) return current
        val value = buildJsonObject { put("id", reference.id); put("type", reference.type) }
        val patch = JsonPatch.builder()
        if (held == null) patch.add("/$field", value) else patch.replace("/$field", value)
        return api.patch(current, patch.build())
    }

    private suspend fun <E : OpenMetadataEntity> removeReference(kind: EntityKind<E>, entity: E, field: String): E {
        val current = api.getById(kind, entity.id, listOf(field))
        if (ownReference(json(kind, current), field) == null) return current
        return api.patch(current, JsonPatch.builder().remove("/$field").build())
    }

    private fun <E : OpenMetadataEntity> domainHolder(entity: E): EntityKind<E> {
        val kind = kindOf(entity)
        UsageException.check(
            kind.serializer.descriptor.getElementIndex("domain") != CompositeDecoder.UNKNOWN_NAME,
            { "A ${kind.type} has no domain in OpenMetadata 1.4" },
            "Set the domain of a data asset or service (a table, a dashboard, a database service…)",
        )
        return kind
    }

    private fun tagFqns(entity: JsonObject): List<String>? =
        (entity["tags"] as? JsonArray)?.map { (it.jsonObject["tagFQN"] as JsonPrimitive).content }

    // The column must still be the one read at that index when the patch lands: a reordered table fails the patch.
    private fun sameColumn(column: LocatedColumn): JsonPatch.Builder =
        JsonPatch.builder().test(column.pointer("name"), column.column["name"] ?: JsonPrimitive(""))

    private fun <E : OpenMetadataEntity> json(kind: EntityKind<E>, entity: E): JsonObject = KatalogJson.encodeToElement(kind.serializer, entity).jsonObject

    private fun JsonObject.string(key: String): String? = (this[key] as? JsonPrimitive)?.takeIf { it.isString }?.content
}
