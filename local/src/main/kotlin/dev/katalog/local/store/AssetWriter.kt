package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/** `POST /api/meta/entity/bulk`: validates, upserts on (typeName, qualifiedName), resolves references and answers the mutations. */
internal class AssetWriter(private val store: CatalogStore, private val changes: ChangeLog = ChangeLog.NONE) {

    suspend fun save(body: JsonElement, flags: SaveFlags, user: String): JsonObject = store.writeLock.withLock {
        val types = store.types
        val list = body.obj()?.arr("entities")
            ?: throw CatalogException.BadRequest("The request body needs an \"entities\" array")
        val parser = IncomingEntityParser(types)
        val incoming = list.mapIndexed { i, e ->
            parser.parse(i, e.obj() ?: throw CatalogException.BadRequest("entities[$i] is not a JSON object"))
        }
        match(incoming)
        val batchByKey = LinkedHashMap<String, IncomingEntity>()
        val byPlaceholder = HashMap<String, IncomingEntity>()
        for (inc in incoming) {
            val same = inc.key?.let { batchByKey[it] }
            inc.sameAs = same
            if (inc.existing == null && same == null) {
                if (inc.name.isNullOrBlank()) {
                    throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): attribute name is required to create an asset", "ATLAS-400-00-01B")
                }
                if (inc.typeName == TypeRegistry.GLOSSARY) inc.qualifiedName = RandomNames.nanoId()
                AccessControlNames.nameNewAccessControl(inc)
            }
            inc.guid = inc.existing?.guid ?: same?.guid ?: UUID.randomUUID().toString()
            inc.key?.let { batchByKey.putIfAbsent(it, inc) }
            inc.sentGuid?.let { byPlaceholder.putIfAbsent(it, inc) }
        }
        val resolved = ReferenceResolver(store.index, batchByKey, byPlaceholder).resolve(incoming)
        for (inc in incoming) {
            if (inc.existing == null && inc.sameAs == null) AccessControlNames.nameNewPolicy(inc, resolved[inc].orEmpty())
            DataMeshNames.nameNew(inc, resolved[inc].orEmpty(), store.index)
            if ((inc.typeName == TypeRegistry.TERM || inc.typeName == TypeRegistry.CATEGORY) && inc.existing == null && inc.sameAs == null) {
                val anchor = resolved[inc]?.get("anchor")?.firstOrNull()
                    ?: throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): an anchor glossary is required", "ATLAS-400-00-01B")
                val glossaryQn = anchor.qualifiedName
                    ?: throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): the anchor glossary has no qualifiedName")
                inc.qualifiedName = "${RandomNames.nanoId()}@$glossaryQn"
            }
        }
        val now = store.clock()
        val builder = SavedEntityBuilder(types, flags, user, now)
        val built = LinkedHashMap<String, JsonObject>()
        for (inc in incoming) {
            val previous = built[inc.guid] ?: inc.existing?.entity
            built[inc.guid] = builder.build(inc, previous, resolved[inc].orEmpty())
        }
        for ((guid, entity) in InverseRemovals(types).apply(incoming, resolved, built)) built[guid] = entity
        val spread = TagPropagation(store.index).spread(built, incoming.associate { it.guid to it.existing?.entity })
        for (guid in built.keys) spread[guid]?.let { built[guid] = it }
        val lineage = LineageMarker(store.index, types).mark(built)
        val document = store.document()
        store.index.write((spread + built + lineage).mapValues { (_, e) -> document.of(e) })
        // Spreading through lineage reads the edges this very save may have made, so it follows the write.
        val downstream = LineageTagSpread(store.index).after(built.values, incoming.associate { it.guid to it.existing?.entity })
        if (downstream.isNotEmpty()) store.index.write(downstream.mapValues { (_, e) -> document.of(e) })
        val created = ArrayList<JsonObject>()
        val updated = ArrayList<JsonObject>()
        val seen = HashSet<String>()
        for (inc in incoming) {
            if (!seen.add(inc.guid)) continue
            val header = MutationHeader.of(built.getValue(inc.guid))
            if (inc.existing == null) created += header else updated += header
        }
        // The assets sent are audited; the other ends a removal changed are not (Atlan audits those as relationship changes).
        val sent = incoming.associateBy { it.guid }
        changes.record(built.keys.filter { it in sent }.flatMap { guid -> ChangeLog.ofSave(sent.getValue(guid).existing?.entity, built.getValue(guid), user, now) })
        buildJsonObject {
            putJsonObject("mutatedEntities") {
                if (created.isNotEmpty()) put("CREATE", JsonArray(created))
                if (updated.isNotEmpty()) put("UPDATE", JsonArray(updated))
            }
            putJsonObject("guidAssignments") {
                for (inc in incoming) {
                    val sent = inc.sentGuid ?: continue
                    if (sent != inc.guid) put(sent, inc.guid)
                }
            }
        }
    }

    /** Finds the stored asset each entity updates: by a real GUID sent, else by (typeName, qualifiedName). */
    private suspend fun match(incoming: List<IncomingEntity>) {
        val realGuids = incoming.mapNotNull { it.sentGuid?.takeUnless { guid -> IncomingEntity.isPlaceholder(guid) } }
        val byGuid = store.index.mget(realGuids)
        val byKey = store.index.byKeys(incoming.mapNotNull { it.key })
        for (inc in incoming) {
            val viaGuid = inc.sentGuid?.let { byGuid[it] }
            if (viaGuid != null && viaGuid.typeName != inc.typeName) {
                throw CatalogException.BadRequest("entities[${inc.position}]: guid ${inc.sentGuid} is a ${viaGuid.typeName}, not a ${inc.typeName}")
            }
            inc.existing = viaGuid ?: inc.key?.let { byKey[it] }
            if (inc.existing == null && inc.sentGuid != null && !IncomingEntity.isPlaceholder(inc.sentGuid) && inc.qualifiedName == null) {
                throw CatalogException.NotFound("No asset with guid ${inc.sentGuid}")
            }
            if (viaGuid != null && inc.qualifiedName == null) inc.qualifiedName = viaGuid.qualifiedName
        }
    }
}
