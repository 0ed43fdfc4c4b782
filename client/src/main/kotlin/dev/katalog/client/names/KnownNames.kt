package dev.katalog.client.names

import dev.katalog.client.cache.RefreshingCache
import dev.katalog.client.core.CloseNames
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.atlan.typedef.TypeDefResponse
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The type and attribute names the client knows: those of the generated model first (no call needed), then the
 * tenant's own entity type definitions, read once when a name is not in the model (a custom type, a newer
 * attribute) and again when a name is still missing, in case it was created since.
 */
internal class KnownNames(private val entityTypeDefs: suspend () -> TypeDefResponse) {
    private val tenantTypes = RefreshingCache { attributesByType(entityTypeDefs()) }
    private val modelAttributes: Set<String> by lazy { AtlanTypes.all.flatMapTo(HashSet()) { it.attributeNames } }

    /** Every asset's type exists and has every attribute the asset sets. */
    suspend fun checkSaved(assets: List<Asset>) {
        for (asset in assets) {
            val typeName = asset.typeName
            val model = AtlanTypes.forName(typeName)
            // Relationships (values that refer to other entities) are the server's to check: it knows their ends.
            val unknown = asset.attributes.filter { (name, value) -> !isReference(value) && (model == null || !model.hasAttribute(name)) }.keys
            if (model != null && unknown.isEmpty()) continue
            var tenant = tenantTypes.get(typeName) ?: throw UsageException(
                "No entity type is named \"$typeName\"",
                suggestion(typeName, tenantTypes.all().keys + AtlanTypes.all.map { it.typeName }, "type names"),
            )
            if (unknown.any { it !in tenant }) {
                // Read the definitions again: the attribute may have been created since they were read.
                tenant = tenantTypes.reload()[typeName].orEmpty()
            }
            val missing = unknown.filter { it !in tenant }
            if (missing.isNotEmpty()) throw UsageException(
                "$typeName has no attribute ${missing.joinToString { "\"$it\"" }}",
                suggestion(missing.first(), tenant + model?.attributeNames.orEmpty(), "$typeName's attributes"),
            )
        }
    }

    /**
     * Every attribute the search asks for exists on some type (or [isCustomMetadata] knows it), and every type name
     * it filters on exists.
     */
    suspend fun checkSearch(request: IndexSearchRequest, isCustomMetadata: suspend (String) -> Boolean) {
        val filtered = typeNamesIn(request.dsl.query)
        // The types the search filters on, and Asset, usually have the attributes it asks for. Checking those first
        // spares the first search of a script loading every generated type (over a thousand classes) for the check.
        // Looked up only when the search asks for attributes: a search without any loads no type for this check.
        val likely by lazy { (filtered + ASSET).mapNotNull { AtlanTypes.forName(it) } }
        // Custom metadata is asked for by hashed names, alone or as "Set.attribute": the custom metadata cache knows those.
        val asked = (request.attributes.orEmpty() + request.relationAttributes.orEmpty())
            .filter { '.' !in it && likely.none { type -> type.hasAttribute(it) } && it !in modelAttributes && !isCustomMetadata(it) }
        if (asked.isNotEmpty()) {
            var tenant = tenantAttributes()
            if (asked.any { it !in tenant }) {
                // Read the definitions again: the attribute may have been created since they were read.
                tenant = tenantTypes.reload().values.flatMapTo(HashSet()) { it }
            }
            val missing = asked.filter { it !in tenant }
            if (missing.isNotEmpty()) throw UsageException(
                "No type has the attribute ${missing.joinToString { "\"$it\"" }} the search asks to include",
                suggestion(missing.first(), modelAttributes + tenant, "attribute names"),
            )
        }
        for (typeName in filtered) {
            if (AtlanTypes.forName(typeName) != null || tenantTypes.get(typeName) != null) continue
            // Atlan's index lower-cases __typeName.keyword (atlan_normalizer), so "CONNECTION" finds Connections.
            if (AtlanTypes.all.any { it.typeName.equals(typeName, ignoreCase = true) }) continue
            throw UsageException(
                "The search filters on the type \"$typeName\", which does not exist, so it could only find nothing",
                suggestion(typeName, tenantTypes.all().keys + AtlanTypes.all.map { it.typeName }, "type names"),
            )
        }
    }

    private suspend fun tenantAttributes(): Set<String> = tenantTypes.all().values.flatMapTo(HashSet()) { it }

    private fun suggestion(name: String, candidates: Collection<String>, what: String): String {
        val close = CloseNames.of(name, candidates)
        return if (close.isEmpty()) "Check the spelling against the $what of the type definitions (client.typeDefs.list())"
        else "Did you mean ${close.joinToString(" or ") { "\"$it\"" }}? Names are as in the type definitions, case included"
    }

    /** The type names [query] filters on exactly (`__typeName`, `__superTypeNames`), wherever they sit in it. */
    private fun typeNamesIn(query: Query?): List<String> = when (query) {
        null -> emptyList()
        is Query.Term -> if (query.field in TYPE_FIELDS) listOfNotNull(query.value.stringOrNull()) else emptyList()
        is Query.Terms -> if (query.field in TYPE_FIELDS) query.values.mapNotNull { it.stringOrNull() } else emptyList()
        is Query.Bool -> listOfNotNull(query.must, query.should, query.mustNot, query.filter).flatten().flatMap(::typeNamesIn)
        is Query.Nested -> typeNamesIn(query.query)
        else -> emptyList()
    }

    private fun isReference(value: JsonElement): Boolean = when (value) {
        is JsonObject -> "typeName" in value || "guid" in value
        is JsonArray -> value.isNotEmpty() && value.all { isReference(it) }
        else -> false
    }

    private fun JsonPrimitive.stringOrNull(): String? = if (isString) content else null

    private companion object {
        const val ASSET = "Asset"
        val TYPE_FIELDS = setOf("__typeName", "__typeName.keyword", "__superTypeNames", "__superTypeNames.keyword")

        /** Each entity type → every attribute it has: its own, its relationships', and its super types'. */
        fun attributesByType(response: TypeDefResponse): Map<String, Set<String>> {
            val defs = response.entityDefs.orEmpty().filter { it.name != null }.associateBy { it.name!! }
            val resolved = HashMap<String, Set<String>>()
            fun resolve(name: String, seen: Set<String>): Set<String> = resolved.getOrPut(name) {
                val def = defs[name] ?: return@getOrPut emptySet()
                val own = def.attributeDefs.orEmpty().map { it.name } + def.relationshipAttributeDefs.orEmpty().map { it.name }
                own.toSet() + def.superTypes.orEmpty().filter { it !in seen }.flatMap { resolve(it, seen + name) }
            }
            return defs.keys.associateWith { resolve(it, emptySet()) }
        }
    }
}
