package dev.katalog.local.store

import dev.katalog.local.CatalogException
import dev.katalog.local.typedef.TypeRegistry
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/** `POST /api/meta/entity/bulk`: validates, upserts on (typeName, qualifiedName), resolves references and answers the mutations. */
internal class AssetWriter(private val store: CatalogStore) {

    /** One entity of the request, as parsed, and what the save decided about it. */
    private class Incoming(
        val position: Int,
        val typeName: String,
        val sentGuid: String?,
        val plain: Map<String, JsonElement>,
        val relations: Map<String, JsonElement>,
        val appendRelations: Map<String, JsonElement>,
        val removeRelations: Map<String, JsonElement>,
        val raw: JsonObject,
    ) {
        var qualifiedName: String? = plain["qualifiedName"].str()
        var existing: StoredAsset? = null
        var sameAs: Incoming? = null
        lateinit var guid: String
        val key: String? get() = qualifiedName?.let { "$typeName|$it" }
        val name: String? get() = plain["name"].str() ?: existing?.name ?: sameAs?.name
    }

    /** A reference resolved to its target: an asset already stored or one of this request. */
    private class Target(val typeName: String, val guid: String, val stored: StoredAsset?, val incoming: Incoming?)

    suspend fun save(body: JsonElement, flags: SaveFlags, user: String): JsonObject = store.writeLock.withLock {
        val types = store.types
        val list = body.obj()?.arr("entities")
            ?: throw CatalogException.BadRequest("The request body needs an \"entities\" array")
        val incoming = list.mapIndexed { i, e ->
            parse(i, e.obj() ?: throw CatalogException.BadRequest("entities[$i] is not a JSON object"), types)
        }
        match(incoming)
        val batchByKey = LinkedHashMap<String, Incoming>()
        val byPlaceholder = HashMap<String, Incoming>()
        for (inc in incoming) {
            val same = inc.key?.let { batchByKey[it] }
            inc.sameAs = same
            if (inc.existing == null && same == null) {
                if (inc.name.isNullOrBlank()) {
                    throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): attribute name is required to create an asset", "ATLAS-400-00-01B")
                }
                if (inc.typeName == TypeRegistry.GLOSSARY) inc.qualifiedName = RandomNames.nanoId()
            }
            inc.guid = inc.existing?.guid ?: same?.guid ?: UUID.randomUUID().toString()
            inc.key?.let { batchByKey.putIfAbsent(it, inc) }
            inc.sentGuid?.let { byPlaceholder.putIfAbsent(it, inc) }
        }
        val resolved = resolveReferences(incoming, batchByKey, byPlaceholder)
        for (inc in incoming) {
            if ((inc.typeName == TypeRegistry.TERM || inc.typeName == TypeRegistry.CATEGORY) && inc.existing == null && inc.sameAs == null) {
                val anchor = resolved[inc]?.get("anchor")?.firstOrNull()
                    ?: throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): an anchor glossary is required", "ATLAS-400-00-01B")
                val glossaryQn = qualifiedNameOf(anchor)
                    ?: throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): the anchor glossary has no qualifiedName")
                inc.qualifiedName = "${RandomNames.nanoId()}@$glossaryQn"
            }
        }
        val now = store.clock()
        val built = LinkedHashMap<String, JsonObject>()
        val created = ArrayList<JsonObject>()
        val updated = ArrayList<JsonObject>()
        for (inc in incoming) {
            val previous = built[inc.guid] ?: inc.existing?.entity
            val entity = build(inc, previous, resolved[inc].orEmpty(), flags, user, now, types)
            built[inc.guid] = entity
        }
        val lineage = markLineage(built, types)
        val document = store.document()
        store.index.write((built + lineage).mapValues { (_, e) -> document.of(e) })
        val seen = HashSet<String>()
        for (inc in incoming) {
            if (!seen.add(inc.guid)) continue
            val header = header(built.getValue(inc.guid))
            if (inc.existing == null) created += header else updated += header
        }
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

    /**
     * Atlan flags a process with inputs or outputs, and the assets it reads and writes, `__hasLineage`;
     * the saved ones are flagged in place, the others are returned for rewriting.
     */
    private suspend fun markLineage(built: MutableMap<String, JsonObject>, types: TypeRegistry): Map<String, JsonObject> {
        val targets = LinkedHashSet<String>()
        for ((guid, entity) in built.entries.toList()) {
            val asset = StoredAsset(entity)
            if (!types.isA(asset.typeName, "Process")) continue
            val ends = LINEAGE_ENDS.flatMap { AssetDocument.refs(asset.relationships[it]) }.mapNotNull { it.str("guid") }
            if (ends.isEmpty()) continue
            built[guid] = withLineage(entity)
            targets += ends
        }
        for (guid in targets) built[guid]?.let { built[guid] = withLineage(it) }
        val others = store.index.mget(targets.filter { it !in built })
        return others.values.filter { it.attributes[IndexMapping.HAS_LINEAGE].bool() != true }.associate { it.guid to withLineage(it.entity) }
    }

    private fun withLineage(entity: JsonObject): JsonObject {
        val attributes = LinkedHashMap(entity.obj("attributes") ?: JsonObject(emptyMap()))
        attributes[IndexMapping.HAS_LINEAGE] = JsonPrimitive(true)
        return JsonObject(entity + ("attributes" to JsonObject(attributes)))
    }

    private fun parse(position: Int, raw: JsonObject, types: TypeRegistry): Incoming {
        val typeName = raw.str("typeName")
            ?: throw CatalogException.BadRequest("entities[$position]: typeName is required", "ATLAS-400-00-01B")
        if (types.entity(typeName) == null) {
            throw CatalogException.BadRequest("entities[$position]: Type ENTITY with name $typeName does not exist", "ATLAS-400-00-01E")
        }
        val validator = AttributeValidator(types)
        val plain = LinkedHashMap<String, JsonElement>()
        val relations = LinkedHashMap<String, JsonElement>()
        val attributes = raw["attributes"]?.let {
            it.obj() ?: if (it is JsonNull) null else throw CatalogException.BadRequest("entities[$position].attributes is not a JSON object")
        }.orEmpty()
        for ((name, value) in attributes) {
            val declared = types.attribute(typeName, name)
            val relationship = types.relationshipAttribute(typeName, name)
            val looksRelational = AssetDocument.isRef(value) || (value is JsonArray && value.isNotEmpty() && value.all { AssetDocument.isRef(it) })
            when {
                relationship != null && (declared == null || looksRelational) -> relations[name] = value
                declared != null -> { validator.check(typeName, declared, value); plain[name] = value }
                looksRelational -> relations[name] = value
                else -> plain[name] = value
            }
        }
        for ((name, value) in raw.obj("relationshipAttributes").orEmpty()) relations[name] = value
        for ((name, value) in relations) checkReferences(position, typeName, name, value)
        val append = raw.obj("appendRelationshipAttributes").orEmpty()
        val remove = raw.obj("removeRelationshipAttributes").orEmpty()
        for ((name, value) in append + remove) checkReferences(position, typeName, name, value)
        val qualifiedName = plain["qualifiedName"]
        if (qualifiedName != null && qualifiedName !is JsonNull && qualifiedName.str() == null) {
            throw CatalogException.BadRequest("entities[$position] ($typeName): qualifiedName must be a string")
        }
        if (qualifiedName.str().isNullOrBlank() && !types.isGlossaryType(typeName)) {
            throw CatalogException.BadRequest("entities[$position] ($typeName): attribute qualifiedName is required", "ATLAS-400-00-01B")
        }
        listOf("classifications", "addOrUpdateClassifications", "removeClassifications").flatMap { raw.arr(it).orEmpty() }.forEach { tag ->
            val name = tag.obj()?.str("typeName")
                ?: throw CatalogException.BadRequest("entities[$position] ($typeName): each classification needs a typeName")
            if (types.classifications.none { it.name == name }) {
                throw CatalogException.BadRequest("entities[$position] ($typeName): unknown Atlan tag (classification) $name", "ATLAS-400-00-01E")
            }
        }
        raw["businessAttributes"]?.let { BusinessAttributes(types).check(typeName, it) }
        return Incoming(position, typeName, raw.str("guid")?.takeIf { it.isNotBlank() }, plain, relations, append, remove, raw)
    }

    private fun checkReferences(position: Int, typeName: String, attribute: String, value: JsonElement) {
        val ok = value is JsonNull || AssetDocument.isRef(value) || (value is JsonArray && value.all { AssetDocument.isRef(it) })
        if (!ok) {
            throw CatalogException.BadRequest(
                "entities[$position] ($typeName): relationship attribute $attribute needs references " +
                    "({\"typeName\",\"guid\"} or {\"typeName\",\"uniqueAttributes\":{\"qualifiedName\"}})",
                "ATLAS-400-00-06D",
            )
        }
    }

    private suspend fun match(incoming: List<Incoming>) {
        val realGuids = incoming.mapNotNull { it.sentGuid?.takeUnless(::isPlaceholder) }
        val byGuid = store.index.mget(realGuids)
        val byKey = store.index.byKeys(incoming.mapNotNull { it.key })
        for (inc in incoming) {
            val viaGuid = inc.sentGuid?.let { byGuid[it] }
            if (viaGuid != null && viaGuid.typeName != inc.typeName) {
                throw CatalogException.BadRequest("entities[${inc.position}]: guid ${inc.sentGuid} is a ${viaGuid.typeName}, not a ${inc.typeName}")
            }
            inc.existing = viaGuid ?: inc.key?.let { byKey[it] }
            if (inc.existing == null && inc.sentGuid != null && !isPlaceholder(inc.sentGuid) && inc.qualifiedName == null) {
                throw CatalogException.NotFound("No asset with guid ${inc.sentGuid}")
            }
            if (viaGuid != null && inc.qualifiedName == null) inc.qualifiedName = viaGuid.qualifiedName
        }
    }

    private suspend fun resolveReferences(
        incoming: List<Incoming>,
        batchByKey: Map<String, Incoming>,
        byPlaceholder: Map<String, Incoming>,
    ): Map<Incoming, Map<String, List<Target>>> {
        val allRefs = incoming.flatMap { inc -> (inc.relations.values + inc.appendRelations.values + inc.removeRelations.values).flatMap(AssetDocument::refs) }
        val guidsToLoad = allRefs.mapNotNull { it.str("guid") }.filter { it !in byPlaceholder && !isPlaceholder(it) }
        val loaded = store.index.mget(guidsToLoad)
        val keysToLoad = allRefs.filter { it.str("guid") == null }
            .mapNotNull { ref -> AssetDocument.qualifiedNameOf(ref)?.let { "${ref.str("typeName")}|$it" } }
            .filter { it !in batchByKey }
        val loadedByKey = store.index.byKeys(keysToLoad).toMutableMap()
        suspend fun resolve(ref: JsonObject): Target {
            val guid = ref.str("guid")
            val type = ref.str("typeName").orEmpty()
            if (guid != null) {
                byPlaceholder[guid]?.let { return Target(it.typeName, it.guid, null, it) }
                loaded[guid]?.let { return Target(it.typeName, it.guid, it, null) }
                throw CatalogException.NotFound("Referenced entity $type with guid $guid does not exist", "ATLAS-404-00-005")
            }
            val qn = AssetDocument.qualifiedNameOf(ref)!!
            val key = "$type|$qn"
            batchByKey[key]?.let { return Target(it.typeName, it.guid, null, it) }
            val found = loadedByKey[key] ?: store.index.byQualifiedName(type, qn)?.also { loadedByKey[key] = it }
                ?: throw CatalogException.NotFound("Referenced entity $type with qualifiedName $qn does not exist", "ATLAS-404-00-009")
            return Target(found.typeName, found.guid, found, null)
        }
        val out = HashMap<Incoming, Map<String, List<Target>>>()
        for (inc in incoming) {
            val map = LinkedHashMap<String, List<Target>>()
            for ((name, value) in inc.relations) map[name] = AssetDocument.refs(value).map { resolve(it) }
            for ((name, value) in inc.appendRelations) map["+$name"] = AssetDocument.refs(value).map { resolve(it) }
            for ((name, value) in inc.removeRelations) map["-$name"] = AssetDocument.refs(value).map { resolve(it) }
            out[inc] = map
        }
        return out
    }

    private fun qualifiedNameOf(target: Target): String? = target.stored?.qualifiedName ?: target.incoming?.qualifiedName

    private fun refJson(target: Target): JsonObject = buildJsonObject {
        put("typeName", target.typeName)
        put("guid", target.guid)
        putJsonObject("uniqueAttributes") { qualifiedNameOf(target)?.let { put("qualifiedName", it) } }
        (target.stored?.name ?: target.incoming?.name)?.let { put("displayText", it) }
    }

    private fun build(
        inc: Incoming,
        previous: JsonObject?,
        resolved: Map<String, List<Target>>,
        flags: SaveFlags,
        user: String,
        now: Long,
        types: TypeRegistry,
    ): JsonObject {
        val before = previous?.let(::StoredAsset)
        val attributes = LinkedHashMap<String, JsonElement>(before?.attributes.orEmpty())
        for ((name, value) in inc.plain) if (value is JsonNull) attributes.remove(name) else attributes[name] = value
        inc.qualifiedName?.let { attributes["qualifiedName"] = JsonPrimitive(it) }
        val relations = LinkedHashMap<String, JsonElement>(before?.relationships.orEmpty())
        for ((name, targets) in resolved) {
            when {
                name.startsWith("+") -> {
                    val attr = name.substring(1)
                    val current = AssetDocument.refs(relations[attr])
                    val adding = targets.filter { t -> current.none { it.str("guid") == t.guid } }.map(::refJson)
                    relations[attr] = JsonArray(current + adding)
                }
                name.startsWith("-") -> {
                    val attr = name.substring(1)
                    val dropping = targets.map { it.guid }.toSet()
                    relations[attr] = JsonArray(AssetDocument.refs(relations[attr]).filter { it.str("guid") !in dropping })
                }
                else -> {
                    val single = types.relationshipAttribute(inc.typeName, name)?.cardinality == "SINGLE" && inc.relations[name] !is JsonArray
                    relations[name] = when {
                        targets.isEmpty() -> if (single) JsonNull else JsonArray(emptyList())
                        single -> refJson(targets.first())
                        else -> JsonArray(targets.map(::refJson))
                    }
                }
            }
        }
        relations.entries.removeIf { it.value is JsonNull }
        val tags = tagsAfter(inc, previous, flags)
        val sentBusiness = inc.raw.obj("businessAttributes")
        val business: JsonObject? = when {
            before == null -> sentBusiness
            sentBusiness == null || !flags.replaceBusinessAttributes -> previous.obj("businessAttributes")
            flags.overwriteBusinessAttributes -> sentBusiness
            else -> JsonObject(previous.obj("businessAttributes").orEmpty() + sentBusiness)
        }
        val status = when {
            before == null -> "ACTIVE"
            inc.raw.str("status") == "ACTIVE" -> "ACTIVE"
            else -> before.status
        }
        val tagNames = tags.mapNotNull { it.obj()?.str("typeName") }
        return buildJsonObject {
            put("typeName", inc.typeName)
            put("guid", inc.guid)
            put("status", status)
            put("attributes", JsonObject(attributes))
            put("relationshipAttributes", JsonObject(relations))
            put("classifications", JsonArray(tags))
            put("classificationNames", jsonStrings(tagNames))
            put("labels", inc.raw["labels"] ?: previous?.get("labels") ?: JsonArray(emptyList()))
            (inc.raw["customAttributes"] ?: previous?.get("customAttributes"))?.let { put("customAttributes", it) }
            business?.let { put("businessAttributes", it) }
            put("createdBy", previous?.str("createdBy") ?: user)
            put("updatedBy", user)
            put("createTime", previous?.get("createTime") ?: JsonPrimitive(now))
            put("updateTime", now)
            put("version", (previous?.get("version").long() ?: 0L) + 1)
        }
    }

    // As Atlan (atlanhq/atlas-metastore, AtlasEntityComparator and EntityGraphMapper): without a flag, tags sent
    // for an existing asset are ignored; replaceTags replaces them with `classifications`; appendTags changes them
    // by `addOrUpdateClassifications` and `removeClassifications` only (`classifications` is not read). A new asset
    // takes `addOrUpdateClassifications` under appendTags when there are some, else `classifications`.
    private fun tagsAfter(inc: Incoming, previous: JsonObject?, flags: SaveFlags): List<JsonElement> {
        fun sent(key: String) = inc.raw.arr(key)?.map { tagFor(it.obj()!!, inc) }
        val current = previous?.arr("classifications")?.toList()
        val classifications = sent("classifications")
        val adding = sent("addOrUpdateClassifications").orEmpty()
        return when {
            current == null -> if (flags.appendTags && adding.isNotEmpty()) adding else classifications.orEmpty()
            flags.replaceTags && classifications != null -> classifications
            flags.appendTags -> {
                val removing = sent("removeClassifications").orEmpty().mapNotNull { it.str("typeName") }.toSet()
                val addingNames = adding.mapNotNull { it.str("typeName") }.toSet()
                current.filter { it.obj()?.str("typeName") !in addingNames && it.obj()?.str("typeName") !in removing } +
                    adding.filter { it.str("typeName") !in removing }
            }
            else -> current
        }
    }

    private fun tagFor(tag: JsonObject, inc: Incoming): JsonObject = JsonObject(
        tag.toMutableMap().apply {
            // A tag naming another asset was propagated from it; otherwise it is this asset's own.
            val from = tag.str("entityGuid")
            if (from == null || isPlaceholder(from) || from == inc.sentGuid) put("entityGuid", JsonPrimitive(inc.guid))
            putIfAbsent("entityStatus", JsonPrimitive("ACTIVE"))
            putIfAbsent("propagate", JsonPrimitive(false))
        },
    )

    companion object {
        private val LINEAGE_ENDS = listOf("inputs", "outputs")

        fun isPlaceholder(guid: String): Boolean = guid.startsWith("-")

        /** The short form of an entity that mutation answers list. */
        fun header(entity: JsonObject): JsonObject {
            val asset = StoredAsset(entity)
            return buildJsonObject {
                put("typeName", asset.typeName)
                putJsonObject("attributes") {
                    asset.qualifiedName?.let { put("qualifiedName", it) }
                    asset.name?.let { put("name", it) }
                }
                put("guid", asset.guid)
                put("status", asset.status)
                asset.name?.let { put("displayText", it) }
                put("classificationNames", entity["classificationNames"] ?: JsonArray(emptyList()))
                put("classifications", entity["classifications"] ?: JsonArray(emptyList()))
                put("meaningNames", AssetDocument.meaningNames(entity))
                put("meanings", AssetDocument.meanings(entity))
                put("isIncomplete", false)
                put("labels", entity["labels"] ?: JsonArray(emptyList()))
                entity["createdBy"]?.let { put("createdBy", it) }
                entity["updatedBy"]?.let { put("updatedBy", it) }
                entity["createTime"]?.let { put("createTime", it) }
                entity["updateTime"]?.let { put("updateTime", it) }
            }
        }
    }
}
