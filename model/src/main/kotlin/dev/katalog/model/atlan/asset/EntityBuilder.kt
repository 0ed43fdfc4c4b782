package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.atomic.AtomicLong

/**
 * Builds an entity of type [T] as JSON: generated subclasses (`Table.Builder`) add a typed setter per
 * attribute. Start from `Table.creator(…)`, `Table.updater(qualifiedName, name)` or `Table.updater(existing)`.
 * A new entity gets a placeholder GUID (a negative number) so others in the same save can refer to it.
 */
public abstract class EntityBuilder<T : Entity, B : EntityBuilder<T, B>> internal constructor(
    private val type: AssetType<T>,
    from: JsonObject?,
) : EntitySetters<B>, EntityRelations<B> {
    private val envelope = LinkedHashMap<String, JsonElement>()
    private val attributes = LinkedHashMap<String, JsonElement>()
    private val relationshipAttributes = LinkedHashMap<String, JsonElement>()

    init {
        if (from == null) {
            envelope["typeName"] = JsonPrimitive(type.typeName)
            envelope["guid"] = JsonPrimitive(nextPlaceholderGuid())
        } else {
            for ((key, value) in from) when (key) {
                "attributes" -> (value as? JsonObject)?.let(attributes::putAll)
                "relationshipAttributes" -> (value as? JsonObject)?.let(relationshipAttributes::putAll)
                else -> envelope[key] = value
            }
        }
    }

    /** This builder, typed as its subclass. */
    internal abstract fun self(): B

    final override fun attribute(name: String, value: JsonElement?): B {
        require(name.isNotBlank()) { "An attribute name cannot be blank" }
        // A relationship set here replaces whatever the entity carried under relationshipAttributes.
        relationshipAttributes.remove(name)
        attributes[name] = value ?: JsonNull
        return self()
    }

    /** Sets the GUID: a real one to update that entity, or a placeholder (negative number) for a new one. */
    public fun guid(guid: String): B = self().also { envelope["guid"] = JsonPrimitive(guid) }

    /** Sets the status; saving an archived entity with [EntityStatus.ACTIVE] restores it. */
    public fun status(status: EntityStatus): B = self().also { envelope["status"] = JsonPrimitive(status.name) }

    /**
     * Sets the asset's Atlan tags to exactly [names] (display or hashed names; the client translates display names
     * when it saves). The server reads this list for a new asset, or with the save option that replaces tags.
     */
    public fun atlanTagNames(names: List<String>): B = self().also {
        envelope["classifications"] = JsonArray(names.map { JsonObject(mapOf("typeName" to JsonPrimitive(it))) })
    }

    /** Sets the asset's Atlan tags to exactly [names] (display or hashed names), each spreading as [propagation] says. */
    public fun atlanTags(names: List<String>, propagation: TagPropagation): B = self().also {
        envelope["classifications"] = JsonArray(names.map { propagation.tagJson(it) })
    }

    /**
     * Adds the Atlan tag [name] (display or hashed name), or changes how it spreads, leaving the asset's other tags;
     * saved with the option that appends tags.
     */
    @JvmOverloads
    public fun addAtlanTag(name: String, propagation: TagPropagation = TagPropagation.NONE): B = self().also {
        envelope["addOrUpdateClassifications"] = JsonArray(listed("addOrUpdateClassifications") + propagation.tagJson(name))
    }

    /** Removes the Atlan tag [name] (display or hashed name), leaving the others; saved with the option that appends tags. */
    public fun removeAtlanTag(name: String): B = self().also {
        // Atlan's SDK spells the options out on a removed tag too (operation vector tags-remove).
        envelope["removeClassifications"] = JsonArray(listed("removeClassifications") + TagPropagation.NONE.tagJson(name))
    }

    /**
     * Sets attributes of the custom metadata set [set] by display (or hashed) names: Strings, Numbers, Booleans,
     * Instants, LocalDates, lists of those, or null to clear one. The client translates the names and checks each
     * value against the attribute's type when it saves.
     */
    public fun customMetadata(set: String, values: Map<String, Any?>): B = self().also {
        val sets = LinkedHashMap((envelope["businessAttributes"] as? JsonObject).orEmpty())
        val current = LinkedHashMap((sets[set] as? JsonObject).orEmpty())
        for ((attribute, value) in values) current[attribute] = CustomMetadataValues.toJson(set, attribute, value)
        sets[set] = JsonObject(current)
        envelope["businessAttributes"] = JsonObject(sets)
    }

    final override fun appendRelated(attribute: String, related: List<Entity>): B = relate("appendRelationshipAttributes", attribute, related)

    final override fun removeRelated(attribute: String, related: List<Entity>): B = relate("removeRelationshipAttributes", attribute, related)

    private fun relate(key: String, attribute: String, related: List<Entity>): B {
        require(attribute.isNotBlank()) { "A relationship attribute name cannot be blank" }
        require(related.isNotEmpty()) { "No related asset given for $attribute: pass at least one (e.g. Column.refByQualifiedName(qualifiedName))" }
        val changes = LinkedHashMap((envelope[key] as? JsonObject).orEmpty())
        changes[attribute] = JsonArray((changes[attribute] as? JsonArray).orEmpty() + related.map(::reference))
        envelope[key] = JsonObject(changes)
        return self()
    }

    private fun listed(key: String): List<JsonElement> = (envelope[key] as? JsonArray).orEmpty()

    /** Sets a top-level field this SDK does not model, as JSON. */
    public fun field(name: String, value: JsonElement): B {
        require(name != "attributes" && name != "relationshipAttributes") { "Set attributes one by one with attribute(name, value)" }
        return self().also { envelope[name] = value }
    }

    /** The value currently set for attribute [name], or null. */
    final override fun attributeValue(name: String): JsonElement? = attributes[name] ?: relationshipAttributes[name]

    /** The entity as built so far. */
    public fun build(): T {
        val json = LinkedHashMap<String, JsonElement>(envelope)
        json["attributes"] = JsonObject(LinkedHashMap(attributes))
        if (relationshipAttributes.isNotEmpty()) json["relationshipAttributes"] = JsonObject(LinkedHashMap(relationshipAttributes))
        return type.wrap(JsonObject(json))
    }

    override fun toString(): String = "${type.typeName}.Builder(${attributes["qualifiedName"]})"
}

private val placeholders = AtomicLong(System.nanoTime() % 1_000_000_000_000L + 1)

/** A fresh placeholder GUID: a negative number, unique in this JVM. */
internal fun nextPlaceholderGuid(): String = "-" + placeholders.incrementAndGet()
