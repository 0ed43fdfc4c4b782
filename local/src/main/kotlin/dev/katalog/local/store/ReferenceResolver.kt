package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonObject

/**
 * Resolves the references of a save request, by GUID or by (typeName, qualifiedName), to entities of the same
 * request ([batchByKey], [byPlaceholder]) or to stored assets; a reference to nothing is a 404.
 */
internal class ReferenceResolver(
    private val index: AssetIndex,
    private val batchByKey: Map<String, IncomingEntity>,
    private val byPlaceholder: Map<String, IncomingEntity>,
) {
    /** Each entity's references by attribute; appended ones under `+name`, removed ones under `-name`. */
    suspend fun resolve(incoming: List<IncomingEntity>): Map<IncomingEntity, Map<String, List<ResolvedReference>>> {
        val allRefs = incoming.flatMap { inc -> (inc.relations.values + inc.appendRelations.values + inc.removeRelations.values).flatMap(AssetDocument::refs) }
        val guidsToLoad = allRefs.mapNotNull { it.str("guid") }.filter { it !in byPlaceholder && !IncomingEntity.isPlaceholder(it) }
        val loaded = index.mget(guidsToLoad)
        val keysToLoad = allRefs.filter { it.str("guid") == null }
            .mapNotNull { ref -> AssetDocument.qualifiedNameOf(ref)?.let { "${ref.str("typeName")}|$it" } }
            .filter { it !in batchByKey }
        val loadedByKey = index.byKeys(keysToLoad).toMutableMap()
        suspend fun resolve(ref: JsonObject): ResolvedReference {
            val guid = ref.str("guid")
            val type = ref.str("typeName").orEmpty()
            if (guid != null) {
                byPlaceholder[guid]?.let { return ResolvedReference(it.typeName, it.guid, null, it) }
                loaded[guid]?.let { return ResolvedReference(it.typeName, it.guid, it, null) }
                throw CatalogException.NotFound("Referenced entity $type with guid $guid does not exist", "ATLAS-404-00-005")
            }
            val qn = AssetDocument.qualifiedNameOf(ref)!!
            val key = "$type|$qn"
            batchByKey[key]?.let { return ResolvedReference(it.typeName, it.guid, null, it) }
            val found = loadedByKey[key] ?: index.byQualifiedName(type, qn)?.also { loadedByKey[key] = it }
                ?: throw CatalogException.NotFound("Referenced entity $type with qualifiedName $qn does not exist", "ATLAS-404-00-009")
            return ResolvedReference(found.typeName, found.guid, found, null)
        }
        val out = HashMap<IncomingEntity, Map<String, List<ResolvedReference>>>()
        for (inc in incoming) {
            val map = LinkedHashMap<String, List<ResolvedReference>>()
            for ((name, value) in inc.relations) map[name] = AssetDocument.refs(value).map { resolve(it) }
            for ((name, value) in inc.appendRelations) map["+$name"] = AssetDocument.refs(value).map { resolve(it) }
            for ((name, value) in inc.removeRelations) map["-$name"] = AssetDocument.refs(value).map { resolve(it) }
            out[inc] = map
        }
        return out
    }
}
