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
) : EntitySetters<B> {
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

    /** Sets Atlan tags by their hashed names, as the server stores them (clients translate human names). */
    public fun atlanTagNames(hashedNames: List<String>): B = self().also {
        envelope["classifications"] = JsonArray(hashedNames.map { JsonObject(mapOf("typeName" to JsonPrimitive(it))) })
    }

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
