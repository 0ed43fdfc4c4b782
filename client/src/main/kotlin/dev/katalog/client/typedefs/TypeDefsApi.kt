package dev.katalog.client.typedefs

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.CloseNames
import dev.katalog.client.core.UsageException
import dev.katalog.client.names.AtlanTagCache
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.ktor.http.HttpMethod

/**
 * The tenant's type definitions (`client.typeDefs`): read them; create, change and purge Atlan tags, custom
 * metadata sets and enumerations (built with [AtlanTagDefinition] and [CustomMetadataDefinition]). Every change
 * marks the client's tag and custom metadata caches out of date, so a definition can be used at once.
 * Java uses [TypeDefsApiFutures].
 */
public class TypeDefsApi internal constructor(
    private val calls: AtlanCalls,
    private val tags: AtlanTagCache,
    private val customMetadata: CustomMetadataCache,
) {
    /** The type definitions of the given [categories] (all when none is given). */
    public suspend fun list(vararg categories: TypeCategory): TypeDefResponse =
        calls.decode(TypeDefResponse.serializer(), calls.call(HttpMethod.Get, PATH, categories.map { "type" to it.name }))

    /** Creates [typeDefs] (tags, custom metadata sets, enumerations) in one call; the answer carries their hashed names. */
    public suspend fun create(vararg typeDefs: TypeDef): TypeDefResponse = create(byCategory(typeDefs.toList()))

    /** Creates the definitions of [typeDefs]; the answer carries their hashed names. */
    public suspend fun create(typeDefs: TypeDefResponse): TypeDefResponse = send(HttpMethod.Post, typeDefs)

    /**
     * Changes [typeDefs], each named by its display name or hashed name; the attributes of a custom metadata set are
     * matched by display name too, and new ones are added.
     */
    public suspend fun update(vararg typeDefs: TypeDef): TypeDefResponse = send(HttpMethod.Put, byCategory(typeDefs.map { withHashedNames(it) }))

    /** Deletes the definition of the tag, custom metadata set or enumeration [name] (display or hashed name) for good. */
    public suspend fun purge(name: String) {
        val hashed = hashedName(name)
        calls.call(HttpMethod.Delete, "/api/meta/types/typedef/name/${AtlanCalls.pathSegment(hashed)}")
        changed()
    }

    override fun toString(): String = "TypeDefsApi"

    private suspend fun send(method: HttpMethod, typeDefs: TypeDefResponse): TypeDefResponse {
        val answer = calls.decode(TypeDefResponse.serializer(), calls.call(method, PATH, body = KatalogJson.encode(TypeDefResponse.serializer(), typeDefs)))
        changed()
        return answer
    }

    private fun changed() {
        tags.invalidate()
        customMetadata.invalidate()
    }

    /** The definition with the hashed names of the tag or set, and of the set's existing attributes, it names by display name. */
    private suspend fun withHashedNames(def: TypeDef): TypeDef {
        val name = def.name ?: throw UsageException("A definition to update has no name", "Name it by its display name or hashed name")
        return when (def.category) {
            TypeCategory.CLASSIFICATION -> {
                val id = tags.idFor(name)
                def.with { name(id) }
            }
            TypeCategory.BUSINESS_METADATA -> {
                val set = customMetadata.set(name)
                def.with {
                    name(set.id).displayName(def.displayName ?: set.name)
                    attributeDefs(def.attributeDefs?.map { a -> set.attributes.firstOrNull { it.name == a.name || it.id == a.name }?.let { a.with { name(it.id) } } ?: a })
                }
            }
            else -> def
        }
    }

    private suspend fun hashedName(name: String): String {
        val all = list(TypeCategory.CLASSIFICATION, TypeCategory.BUSINESS_METADATA, TypeCategory.ENUM).all
        val matches = all.filter { it.name == name }.ifEmpty { all.filter { it.displayName == name } }
        if (matches.size == 1) return matches.single().name!!
        throw if (matches.isEmpty()) UsageException(
            "No Atlan tag, custom metadata set or enumeration is named \"$name\"",
            CloseNames.of(name, all.mapNotNull { it.displayName ?: it.name }).let {
                if (it.isEmpty()) "Check the name against client.typeDefs.list()" else "Did you mean ${it.joinToString(" or ") { n -> "\"$n\"" }}?"
            },
        ) else UsageException("${matches.size} definitions are shown as \"$name\" (${matches.joinToString { it.name!! }})", "Name the one you mean by its hashed name")
    }

    private fun byCategory(defs: List<TypeDef>): TypeDefResponse {
        UsageException.check(defs.isNotEmpty(), { "No type definition given" }, "Pass at least one definition")
        val unsupported = defs.filter { it.category !in CHANGEABLE }
        UsageException.check(unsupported.isEmpty(), { "Definitions of category ${unsupported.map { it.category }.distinct()} cannot be created or changed here" }, "Pass Atlan tags, custom metadata sets or enumerations")
        fun of(category: TypeCategory) = defs.filter { it.category == category }
        // Every list is sent, empty ones too, as Atlan's SDK sends them (operation vector typedef-tag).
        return TypeDefResponse.builder()
            .enumDefs(of(TypeCategory.ENUM)).structDefs(emptyList()).classificationDefs(of(TypeCategory.CLASSIFICATION))
            .entityDefs(emptyList()).relationshipDefs(emptyList()).businessMetadataDefs(of(TypeCategory.BUSINESS_METADATA))
            .build()
    }

    private companion object {
        const val PATH = "/api/meta/types/typedefs"
        val CHANGEABLE = setOf(TypeCategory.CLASSIFICATION, TypeCategory.BUSINESS_METADATA, TypeCategory.ENUM)
    }
}
