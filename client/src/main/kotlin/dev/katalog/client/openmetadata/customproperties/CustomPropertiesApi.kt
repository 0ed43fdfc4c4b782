package dev.katalog.client.openmetadata.customproperties

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.entities.JsonPatch
import dev.katalog.client.openmetadata.entities.kindOf
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.entity.Type
import dev.katalog.model.openmetadata.kinds.EntityKind
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.util.concurrent.ConcurrentHashMap

private const val TYPES = "/metadata/types"
private const val EXTENSION = "extension"

/**
 * Custom properties (`om.customProperties`), OpenMetadata 1.4's `/metadata/types` (TypeResource) and an entity's
 * `extension`, as ometa's `mixins/custom_property_mixin.py` offers them: the property types, an entity type with its
 * custom properties, a property added to an entity type by the name of its property type, and an entity's values set,
 * removed and read. Values are checked against their property (known property, type, enum values, multi-select)
 * before anything is sent, with a [UsageException] naming the property, what it takes and the fix. Entity types and
 * their properties are remembered once read; a property this client has not seen is looked up again before it is
 * refused. Java uses [CustomPropertiesApiFutures].
 */
public class CustomPropertiesApi internal constructor(private val calls: OpenMetadataCalls, private val entities: EntitiesApi) {
    private val entityTypes = ConcurrentHashMap<String, Type>()

    @Volatile
    private var fieldTypes: List<Type>? = null

    /** The property types a custom property may have (`GET /metadata/types?category=field`), e.g. string, integer, enum. */
    public suspend fun propertyTypes(): List<Type> = fieldTypes ?: listFieldTypes().also { fieldTypes = it }

    /** The entity type of [kind] with its custom properties (`GET /metadata/types/name/{type}?fields=customProperties`), read afresh. */
    public suspend fun entityType(kind: EntityKind<*>): Type {
        checkExtensible(kind)
        val answer = calls.call(HttpMethod.Get, "$TYPES/name/${pathSegment(kind.type)}", listOf("fields" to "customProperties"))
        return calls.decode(Type.serializer(), answer).also { entityTypes[kind.type] = it }
    }

    /**
     * Adds [definition] to the entity type of [kind] (`PUT /metadata/types/{id}` with a CustomProperty), or replaces the
     * property of that name; its property type is found by name among [propertyTypes] (a [UsageException] listing them
     * when there is none of that name). Answers the entity type with its custom properties.
     */
    public suspend fun addProperty(kind: EntityKind<*>, definition: CustomPropertyDefinition): Type {
        checkExtensible(kind)
        val types = propertyTypes()
        val propertyType = types.firstOrNull { it.name == definition.propertyType } ?: throw UsageException(
            "OpenMetadata has no property type ${definition.propertyType}",
            "Use one of ${types.map { it.name }.sorted().joinToString()}",
        )
        val target = entityTypes[kind.type] ?: entityType(kind)
        val body = buildJsonObject {
            put("name", definition.name)
            put("description", definition.description)
            // TypeRepository.addCustomProperty looks the property type up by id.
            putJsonObject("propertyType") { put("id", propertyType.id); put("type", "type") }
            if (definition.propertyType == CustomPropertyDefinition.ENUM) {
                putJsonObject("customPropertyConfig") {
                    putJsonObject("config") {
                        put("multiSelect", definition.multiSelect)
                        putJsonArray("values") { definition.enumValues.forEach { add(JsonPrimitive(it)) } }
                    }
                }
            }
        }
        val answer = calls.call(HttpMethod.Put, "$TYPES/${pathSegment(target.id)}", body = body.toString())
        return calls.decode(Type.serializer(), answer).also { entityTypes[kind.type] = it }
    }

    /** The custom property values of [entity] (read with `fields=extension`). */
    public suspend fun <E : OpenMetadataEntity> values(entity: E): CustomPropertyValues {
        val kind = kindOf(entity)
        checkExtensible(kind)
        val current = entities.getById(kind, entity.id, listOf(EXTENSION))
        return CustomPropertyValues(kind.type, current.fullyQualifiedName, extensionOf(kind, current).orEmpty())
    }

    /** Sets the custom property [name] of [entity] to [value] (see [CustomValue]), checked against the property first. */
    public suspend fun <E : OpenMetadataEntity> setValue(entity: E, name: String, value: JsonElement): E = setValues(entity, mapOf(name to value))

    /**
     * Sets several custom property values of [entity] in one patch, each checked against its property before anything
     * is sent; the other values stay as they are. Reads the entity's values first and patches from them.
     */
    public suspend fun <E : OpenMetadataEntity> setValues(entity: E, values: Map<String, JsonElement>): E {
        val kind = kindOf(entity)
        checkExtensible(kind)
        UsageException.check(values.isNotEmpty(), { "No custom property values to set on ${kind.type} ${entity.fullyQualifiedName}" }, "Pass at least one name and value")
        for ((name, value) in values) CustomPropertyValueChecks.check(kind.type, property(kind, name), value)
        val current = entities.getById(kind, entity.id, listOf(EXTENSION))
        val held = extensionOf(kind, current)
        val patch = JsonPatch.builder()
        if (held == null) {
            patch.add("/$EXTENSION", JsonObject(values))
        } else {
            for ((name, value) in values) {
                val before = held[name]
                when {
                    before == value -> Unit
                    // The value must still be the one read when the patch lands.
                    before != null -> patch.test(JsonPatch.pointer(EXTENSION, name), before).replace(JsonPatch.pointer(EXTENSION, name), value)
                    else -> patch.add(JsonPatch.pointer(EXTENSION, name), value)
                }
            }
        }
        return entities.patch(current, patch.build())
    }

    /** Removes the value of the custom property [name] from [entity]; none held is no change (and no call but the read). */
    public suspend fun <E : OpenMetadataEntity> removeValue(entity: E, name: String): E {
        val kind = kindOf(entity)
        checkExtensible(kind)
        property(kind, name)
        val current = entities.getById(kind, entity.id, listOf(EXTENSION))
        val before = extensionOf(kind, current)?.get(name) ?: return current
        val at = JsonPatch.pointer(EXTENSION, name)
        return entities.patch(current, JsonPatch.builder().test(at, before).remove(at).build())
    }

    override fun toString(): String = "CustomPropertiesApi"

    /** The property [name] of [kind]'s entity type: from what was read, else read again; a [UsageException] when there is none. */
    private suspend fun property(kind: EntityKind<*>, name: String): KnownProperty {
        val known = entityTypes[kind.type]?.let { find(it, name) } ?: find(entityType(kind), name)
        return known ?: throw UsageException(
            "${kind.type} has no custom property $name",
            "Use one of ${propertiesOf(entityTypes.getValue(kind.type)).joinToString { it.name }.ifEmpty { "none: it has none yet" }}, " +
                "or add it first with om.customProperties.addProperty(EntityKinds.${kind.type.uppercase()}, …)",
        )
    }

    private fun find(type: Type, name: String): KnownProperty? = propertiesOf(type).firstOrNull { it.name == name }

    // Read from the JSON, so that every config shape 1.4 allows (enum values, a format, entity types) is kept.
    private fun propertiesOf(type: Type): List<KnownProperty> {
        val properties = KatalogJson.encodeToElement(Type.serializer(), type).jsonObject["customProperties"] as? JsonArray ?: return emptyList()
        return properties.mapNotNull { element ->
            val property = element as? JsonObject ?: return@mapNotNull null
            val config = (property["customPropertyConfig"] as? JsonObject)?.get("config") as? JsonObject
            KnownProperty(
                name = (property["name"] as? JsonPrimitive)?.content ?: return@mapNotNull null,
                propertyType = ((property["propertyType"] as? JsonObject)?.get("name") as? JsonPrimitive)?.content.orEmpty(),
                enumValues = (config?.get("values") as? JsonArray)?.mapNotNull { (it as? JsonPrimitive)?.content }.orEmpty(),
                multiSelect = (config?.get("multiSelect") as? JsonPrimitive)?.content == "true",
            )
        }
    }

    private suspend fun listFieldTypes(): List<Type> {
        val found = ArrayList<Type>()
        var after: String? = null
        do {
            val query = listOf("category" to "field", "limit" to "100") + listOfNotNull(after?.let { "after" to it })
            val page = KatalogJson.decode(JsonObject.serializer(), calls.call(HttpMethod.Get, TYPES, query))
            (page["data"] as? JsonArray ?: throw calls.unreadable("a list of types has no data")).forEach { found += calls.decode(Type.serializer(), it) }
            after = ((page["paging"] as? JsonObject)?.get("after") as? JsonPrimitive)?.content
        } while (after != null)
        return found
    }

    private fun extensionOf(kind: EntityKind<*>, entity: OpenMetadataEntity): Map<String, JsonElement>? {
        @Suppress("UNCHECKED_CAST")
        val json = KatalogJson.encodeToElement(kind.serializer as kotlinx.serialization.KSerializer<OpenMetadataEntity>, entity).jsonObject
        return json[EXTENSION] as? JsonObject
    }

    private fun checkExtensible(kind: EntityKind<*>) = UsageException.check(
        kind.type in EXTENSIBLE,
        { "A ${kind.type} takes no custom properties in OpenMetadata 1.4" },
        "Custom properties extend ${EXTENSIBLE.sorted().joinToString()}",
    )

    private companion object {
        /** The entity types 1.4 registers (its entity schemas marked `@om-entity-type`): the only ones that take custom properties. */
        val EXTENSIBLE = setOf(
            "table", "database", "databaseSchema", "dashboard", "dashboardDataModel", "pipeline", "topic", "container",
            "mlmodel", "searchIndex", "storedProcedure", "glossary", "glossaryTerm",
        )
    }
}
