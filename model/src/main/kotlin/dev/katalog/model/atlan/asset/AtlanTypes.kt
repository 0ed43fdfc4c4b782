package dev.katalog.model.atlan.asset

import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.json.describe
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.ConcurrentHashMap

/**
 * The registry of the entity types this SDK was generated with, and the decoding of entities by `typeName`.
 *
 * Types are looked up one at a time: reading a table initialises `Table` and its super types, not all 463 companions
 * and their search fields (about 1,200 classes and a third of a second of a short script's CPU). Only [all] and an
 * unknown class given to [forClass] load every type.
 */
public object AtlanTypes {
    // The generated `when` over every type name is too large for the JIT (over 8,000 bytes of bytecode), so it runs
    // interpreted: more than half of decoding a page into typed assets went to it. Each name is looked up there once.
    private val byName = ConcurrentHashMap<String, AssetType<*>>()
    // Found by reflection, so kept once found.
    private val byClass = ConcurrentHashMap<Class<*>, AssetType<*>>()

    /** Every known entity type. The list's file class, and with it every type, is initialised on first use only. */
    public val all: kotlin.collections.Collection<AssetType<*>> get() = generatedAssetTypes

    // Names of types newer than this SDK, so that their assets skip the interpreted `when` too. Bounded: a server
    // could send any number of names, and past the bound a name only costs the lookup it always did.
    private val unknownNames: MutableSet<String> = ConcurrentHashMap.newKeySet()

    /** The type named [typeName], or null when this SDK does not know it. */
    public fun forName(typeName: String): AssetType<*>? {
        byName[typeName]?.let { return it }
        if (typeName in unknownNames) return null
        val found = generatedAssetType(typeName)
        if (found != null) byName[typeName] = found
        else if (unknownNames.size < MAX_UNKNOWN_NAMES) unknownNames += typeName
        return found
    }

    private const val MAX_UNKNOWN_NAMES = 1_024

    /** The type whose interface is [type], e.g. `Table.class`. */
    @Suppress("UNCHECKED_CAST")
    public fun <T : Entity> forClass(type: Class<T>): AssetType<T> = (byClass[type] ?: companionOf(type)?.also { byClass[type] = it }) as AssetType<T>?
        ?: throw IllegalArgumentException("${type.name} is not a generated Atlan type: use one of the interfaces in dev.katalog.model.atlan.asset, e.g. Table")

    /** The companion of a generated interface (a static `Companion` field on the JVM), else found among all types. */
    private fun companionOf(type: Class<*>): AssetType<*>? {
        val companion = try {
            type.getField("Companion").get(null) as? AssetType<*>
        } catch (e: ReflectiveOperationException) {
            null
        }
        return companion?.takeIf { it.javaType == type } ?: generatedAssetTypes.firstOrNull { it.javaType == type }
    }

    /** Views [json] as the type its `typeName` names, or as a [GenericAsset] when the type is unknown. */
    public fun wrap(json: JsonObject): Entity = wrapAt(json, "$")

    internal fun wrapAt(json: JsonObject, path: String): Entity {
        val name = typeNameOf(json, path)
        return forName(name)?.wrap(json) ?: GenericAssetImpl(json)
    }

    /**
     * Views [json] as [expected]: as its own type when that is known and a subtype of [expected];
     * otherwise (a type newer than this SDK, say) as [expected] itself, its `typeName` kept as sent.
     */
    @Suppress("UNCHECKED_CAST")
    internal fun <T : Entity> wrapAs(json: JsonObject, expected: AssetType<T>, path: String): T {
        val actual = forName(typeNameOf(json, path))
        return if (actual != null && actual.isA(expected)) actual.wrap(json) as T else expected.wrap(json)
    }

    private fun typeNameOf(json: JsonObject, path: String): String {
        val value = json["typeName"]
        return (value as? JsonPrimitive)?.takeIf { it.isString && it.content.isNotBlank() }?.content
            ?: throw ModelDecodeException("$path.typeName", "a string naming the entity's type, e.g. \"Table\"", "Found ${describe(value)}")
    }
}
