package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What this SDK knows of one Atlan entity type: its name, its direct super types, and how to view
 * an entity's JSON as that type. Every generated type's companion is its [AssetType], so
 * `Table.typeName == "Table"` and `Table.fromJson(json)` gives a [Table].
 */
public abstract class AssetType<T : Entity> internal constructor(
    /** The Atlan type name. */
    public val typeName: String,
    /** The direct super types, as in the type definitions. */
    public val superTypeNames: List<String>,
    /** The Java interface of the type, e.g. `Table.class`. */
    public val javaType: Class<T>,
) {
    /** Views [json] as this type without checking its `typeName`: use [fromJson] for checked access. */
    internal abstract fun wrap(json: JsonObject): T

    /** The attributes this type declares itself (attributes, then relationship attributes), with their Atlan type names. */
    internal abstract fun declaredAttributeTypes(): Map<String, String>

    /**
     * Every attribute of this type, its own and its super types' (inherited ones first), mapped to its Atlan type
     * name: `long`, `array<string>`, `map<string,string>`, an enum or struct name, or for a relationship the related
     * type (`Schema`, `array<Column>`). `Table.attributeTypes["rowCount"]` is `"long"`, and
     * `Table.attributeTypes["qualifiedName"]` (from `Asset`) is `"string"`.
     */
    public val attributeTypes: Map<String, String> by lazy {
        val all = LinkedHashMap<String, String>()
        for (parent in superTypeNames) {
            AtlanTypes.forName(parent)?.attributeTypes?.forEach { (name, type) -> all.putIfAbsent(name, type) }
        }
        all.putAll(declaredAttributeTypes())
        java.util.Collections.unmodifiableMap(all)
    }

    /** The names of [attributeTypes]: every attribute an entity of this type can have, inherited ones included. */
    public val attributeNames: Set<String> get() = attributeTypes.keys

    /** True when this type or one of its super types has the attribute [name] (exact, case-sensitive). */
    public fun hasAttribute(name: String): Boolean = name in attributeTypes

    /** Every super type, transitively, nearest first. */
    public val allSuperTypeNames: List<String> by lazy {
        val seen = LinkedHashSet<String>()
        var level = superTypeNames
        while (level.isNotEmpty()) {
            level = level.filter(seen::add).flatMap { AtlanTypes.forName(it)?.superTypeNames.orEmpty() }
        }
        seen.toList()
    }

    /** True when this type is [other] or one of its subtypes. */
    public fun isA(other: AssetType<*>): Boolean = other === this || other.typeName in allSuperTypeNames

    /** Views [json] as this type; its `typeName` must name this type or a subtype of it. */
    public fun fromJson(json: JsonObject): T = AtlanTypes.wrapAs(json, this, "$")

    /** A reference to the asset of this type with [qualifiedName]; generated companions expose it as `refByQualifiedName`. */
    internal fun referenceByQualifiedName(qualifiedName: String): T = wrap(
        JsonObject(
            mapOf(
                "typeName" to JsonPrimitive(typeName),
                "attributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName))),
            ),
        ),
    )

    /** A reference to the asset of this type with [guid]; generated companions expose it as `refByGuid`. */
    internal fun referenceByGuid(guid: String): T = wrap(JsonObject(mapOf("typeName" to JsonPrimitive(typeName), "guid" to JsonPrimitive(guid))))

    override fun toString(): String = typeName
}
