package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/**
 * `POST /api/meta/entity/bulk`: validates, upserts on (typeName, qualifiedName), resolves references and answers the
 * mutations. Saves of different assets run in parallel; how they are ordered, and why, is [WriteOrdering]'s comment.
 */
internal class AssetWriter(private val store: CatalogStore, private val changes: ChangeLog = ChangeLog.NONE) {

    /** What one attempt at a save came to under the claims it held. */
    private sealed interface Attempt {
        class Saved(val answer: JsonObject) : Attempt

        /** The save names assets it did not claim (found by GUID, or named by the catalog): try again claiming them too. */
        class NeedsClaims(val more: Set<String>) : Attempt

        /** The save changes or depends on assets besides its own: it runs alone. */
        data object NeedsExclusive : Attempt
    }

    suspend fun save(body: JsonElement, flags: SaveFlags, user: String): JsonObject {
        var claims = claimsOf(parse(body))
        repeat(CLAIM_ROUNDS) {
            when (val attempt = store.writes.claims(claims) { attempt(body, flags, user, claims) }) {
                is Attempt.Saved -> return attempt.answer
                is Attempt.NeedsClaims -> claims = claims + attempt.more
                Attempt.NeedsExclusive -> return exclusively(body, flags, user)
            }
        }
        // The assets a GUID names kept changing under it: run alone, where nothing can change them.
        return exclusively(body, flags, user)
    }

    private suspend fun exclusively(body: JsonElement, flags: SaveFlags, user: String): JsonObject =
        store.writes.exclusive { (attempt(body, flags, user, held = null) as Attempt.Saved).answer }

    private fun parse(body: JsonElement): List<IncomingEntity> {
        val list = body.obj()?.arr("entities")
            ?: throw CatalogException.BadRequest("The request body needs an \"entities\" array")
        val parser = IncomingEntityParser(store.types)
        return list.mapIndexed { i, e ->
            parser.parse(i, e.obj() ?: throw CatalogException.BadRequest("entities[$i] is not a JSON object"))
        }
    }

    /** One save, holding [held] claims (null: running alone); it writes nothing unless it can finish under them. */
    private suspend fun attempt(body: JsonElement, flags: SaveFlags, user: String, held: Set<String>?): Attempt {
        val types = store.types
        val incoming = parse(body)
        if (held != null && incoming.any { it.typeName in NAMED_BY_SIBLINGS }) return Attempt.NeedsExclusive
        match(incoming)
        // The stored asset a GUID names is known only now: the save must hold it before it reads on, or a parallel
        // save naming the same asset by qualifiedName could slip in between.
        if (held != null) {
            val missing = claimsOf(incoming) - held
            if (missing.isNotEmpty()) return Attempt.NeedsClaims(missing)
        }
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
        val previous = incoming.associate { it.guid to it.existing?.entity }
        if (held != null && !standsAlone(types, resolved, built, previous)) return Attempt.NeedsExclusive
        for ((guid, entity) in InverseRemovals(types).apply(incoming, resolved, built)) built[guid] = entity
        val spread = TagPropagation(store.index).spread(built, previous)
        for (guid in built.keys) spread[guid]?.let { built[guid] = it }
        val lineage = LineageMarker(store.index, types).mark(built)
        val document = store.document()
        val written = LinkedHashMap<String, JsonObject>()
        for (guid in referencedFirst(incoming, resolved)) built[guid]?.let { written[guid] = it }
        written += built
        for ((guid, entity) in spread) written.putIfAbsent(guid, entity)
        written += lineage
        store.index.write(written.mapValues { (_, e) -> document.of(e) })
        // Spreading through lineage reads the edges this very save may have made, so it follows the write.
        val downstream = LineageTagSpread(store.index).after(built.values, previous)
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
        return Attempt.Saved(
            buildJsonObject {
                putJsonObject("mutatedEntities") {
                    if (created.isNotEmpty()) put("CREATE", JsonArray(created))
                    if (updated.isNotEmpty()) put("UPDATE", JsonArray(updated))
                }
                putJsonObject("guidAssignments") {
                    for (inc in incoming) {
                        val sentGuid = inc.sentGuid ?: continue
                        if (sentGuid != inc.guid) put(sentGuid, inc.guid)
                    }
                }
            },
        )
    }

    /**
     * The GUIDs of [incoming], each after the entities of the same request it references. A bulk write reaches
     * OpenSearch's translog in this order, and a catalog killed during it keeps a prefix of it (what a sync of a
     * parallel write took along): so an asset that survives never points at one of its request that did not
     * (a column at a table never written). A cycle of references is broken where it closes.
     */
    private fun referencedFirst(incoming: List<IncomingEntity>, resolved: Map<IncomingEntity, Map<String, List<ResolvedReference>>>): List<String> {
        val order = LinkedHashSet<String>()
        val visiting = HashSet<String>()
        val byGuid = incoming.groupBy { it.guid }
        fun visit(guid: String) {
            if (guid in order || !visiting.add(guid)) return
            for (inc in byGuid[guid].orEmpty()) {
                for (ref in resolved[inc].orEmpty().values.flatten()) ref.incoming?.let { visit(it.guid) }
            }
            order += guid
        }
        for (inc in incoming) visit(inc.guid)
        return order.toList()
    }

    /**
     * Whether a save changes only the assets it names and depends on no other asset a parallel save could be
     * changing: no relationship removed (that rewrites the other end), no process (lineage flags its inputs and
     * outputs), and no tag of the assets' own, before or after (a tag spreads to the assets below and downstream,
     * which a parallel save of one of those would read or overwrite). Copies of tags from above are read, not
     * spread: the save of the asset above that changes them runs alone, so it never overlaps this one.
     */
    private fun standsAlone(types: TypeRegistry, resolved: Map<IncomingEntity, Map<String, List<ResolvedReference>>>, built: Map<String, JsonObject>, previous: Map<String, JsonObject?>): Boolean {
        if (resolved.values.any { refs -> refs.keys.any { it.startsWith("-") } }) return false
        for ((guid, entity) in built) {
            if (types.isA(entity.str("typeName").orEmpty(), "Process")) return false
            if (hasOwnTags(guid, entity) || previous[guid]?.let { hasOwnTags(guid, it) } == true) return false
        }
        return true
    }

    private fun hasOwnTags(guid: String, entity: JsonObject): Boolean =
        entity.arr("classifications").orEmpty().any { tag -> tag.obj()?.str("entityGuid").let { it == null || it == guid } }

    /**
     * The claims that order [incoming] against other saves: each asset's key and the GUID it was sent with, and the
     * stored asset it matched. Names the catalog makes for new assets need none: they are random (glossaries,
     * terms, personas, policies), or unique among siblings by name (data mesh), which only running alone keeps.
     */
    private fun claimsOf(incoming: List<IncomingEntity>): Set<String> {
        val claims = HashSet<String>()
        for (inc in incoming) {
            inc.key?.let { claims += "key:$it" }
            inc.sentGuid?.takeUnless(IncomingEntity::isPlaceholder)?.let { claims += "guid:$it" }
            inc.existing?.let { stored ->
                claims += "guid:${stored.guid}"
                stored.qualifiedName?.let { claims += "key:${stored.typeName}|$it" }
            }
        }
        return claims
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

    private companion object {
        /** Rounds of claiming more before a save whose assets keep changing runs alone. */
        const val CLAIM_ROUNDS = 3

        /** Types whose new assets must have a name no sibling has: no claim names the siblings, so they are saved alone. */
        val NAMED_BY_SIBLINGS = setOf("DataDomain", "DataProduct")
    }
}
