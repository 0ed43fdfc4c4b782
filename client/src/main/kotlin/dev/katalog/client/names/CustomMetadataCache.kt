package dev.katalog.client.names

import dev.katalog.client.cache.RefreshingCache
import dev.katalog.client.core.CloseNames
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.typedef.TypeDefResponse
import kotlinx.serialization.json.JsonPrimitive

/**
 * The tenant's custom metadata sets and their attributes by display and hashed names, shared by every sub-API of
 * one client and read again on a miss or after this client changed a definition. Users reach it through
 * `client.customMetadata` (`idFor`, `attribute`, `field`).
 */
internal class CustomMetadataCache(load: suspend () -> TypeDefResponse) {
    /** A set: its hashed and display names and its attributes. */
    class CustomMetadataSet(val id: String, val name: String, val attributes: List<CustomMetadataAttribute>)

    private val sets = RefreshingCache {
        val defs = load()
        val enums = defs.enumDefs.orEmpty().associate { (it.name ?: "") to it.elementDefs.orEmpty().map { e -> e.value } }
        val keyed = HashMap<String, CustomMetadataSet>()
        for (def in defs.businessMetadataDefs.orEmpty()) {
            val id = def.name ?: continue
            val name = def.displayName ?: id
            val attributes = def.attributeDefs.orEmpty().map { a ->
                val element = a.typeName.removePrefix("array<").removeSuffix(">")
                val customType = (a.options?.get("customType") as? JsonPrimitive)?.content
                CustomMetadataAttribute(
                    id, name, a.name, a.displayName ?: a.name, CustomMetadataType.of(element, customType, enums.keys),
                    a.typeName.startsWith("array<"), enums[element].orEmpty(),
                )
            }
            val set = CustomMetadataSet(id, name, attributes)
            keyed[id] = set
            keyed.putIfAbsent(name, set)
        }
        keyed
    }

    /** The set [name] (display or hashed name). */
    suspend fun set(name: String): CustomMetadataSet = sets.get(name) ?: throw UsageException(
        "No custom metadata set is named \"$name\"",
        CloseNames.of(name, setNames()).let { close ->
            if (close.isEmpty()) "Create it first (client.typeDefs.create(CustomMetadataDefinition.builder(\"$name\")…)), or check the name against client.customMetadata.names()"
            else "Did you mean ${close.joinToString(" or ") { "\"$it\"" }}? Set names are matched exactly, case included"
        },
    )

    /** Attribute [attribute] (display or hashed name) of set [set]. */
    suspend fun attribute(set: String, attribute: String): CustomMetadataAttribute {
        val found = set(set)
        return found.attributes.firstOrNull { it.name == attribute } ?: found.attributes.firstOrNull { it.id == attribute }
            ?: sets.reload()[found.id]?.attributes?.firstOrNull { it.name == attribute || it.id == attribute }
            ?: throw UsageException(
                "The custom metadata set \"${found.name}\" has no attribute \"$attribute\"",
                CloseNames.of(attribute, found.attributes.map { it.name }).let { close ->
                    if (close.isEmpty()) "Use one of: ${found.attributes.map { it.name }.sorted()}" else "Did you mean ${close.joinToString(" or ") { "\"$it\"" }}?"
                },
            )
    }

    /** The attribute whose hashed name is [id], in any set; null when no set has it. */
    suspend fun attributeById(id: String): CustomMetadataAttribute? =
        sets.all().values.firstNotNullOfOrNull { set -> set.attributes.firstOrNull { it.id == id } }

    /** Every set's display name, sorted. */
    suspend fun setNames(): List<String> = sets.all().values.map { it.name }.distinct().sorted()

    /** Reads the definitions again now. */
    suspend fun refresh() {
        sets.reload()
    }

    /** Marks the definitions out of date, after this client changed them. */
    fun invalidate() = sets.invalidate()
}
