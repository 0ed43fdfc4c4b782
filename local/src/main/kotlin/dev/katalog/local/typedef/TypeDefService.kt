package dev.katalog.local.typedef

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.store.AssetIndex
import dev.katalog.local.store.CatalogStore
import dev.katalog.local.store.RandomNames
import dev.katalog.local.store.TypeRegistry
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/** `GET` and `POST /api/meta/types/typedefs`: serves the definitions, creates Atlan tags and custom metadata (kept in their own index). */
internal class TypeDefService(private val store: CatalogStore) {
    private val indexName = "${store.prefix}typedefs"

    /** Creates the definitions index when needed and loads the definitions created in earlier runs. */
    suspend fun load() {
        val client = store.client
        if (!client.call("HEAD", "/$indexName").ok) {
            val body = buildJsonObject {
                putJsonObject("settings") { put("number_of_shards", 1); put("number_of_replicas", 0) }
                putJsonObject("mappings") {
                    put("dynamic", false)
                    putJsonObject("properties") {
                        putJsonObject("createTime") { put("type", "long") }
                        putJsonObject("def") { put("type", "object"); put("enabled", false) }
                    }
                }
            }
            val answer = client.call("PUT", "/$indexName", body)
            if (!answer.ok && !answer.reason.contains("resource_already_exists")) {
                throw CatalogException.Backend("Cannot create index $indexName: ${answer.reason}")
            }
            return
        }
        val answer = client.require("POST", "/$indexName/_search", buildJsonObject {
            put("size", 10_000)
            put("sort", kotlinx.serialization.json.JsonArray(listOf(buildJsonObject { putJsonObject("createTime") { put("order", "asc") } })))
        })
        val defs = AssetIndex.hits(answer).mapNotNull { it.obj("_source")?.obj("def") }
            .map { KatalogJson.decode(TypeDef.serializer(), it) }
        store.types = store.types.with(defs)
        store.index.addBusinessMetadata(store.mapping, store.types.created.filter { it.category == TypeCategory.BUSINESS_METADATA })
    }

    fun list(categories: List<String>): JsonElement {
        val wanted = categories.map { c ->
            TypeCategory.entries.firstOrNull { it.name.equals(c, ignoreCase = true) }
                ?: throw CatalogException.BadRequest("Unknown type category $c: use ENUM, STRUCT, CLASSIFICATION, ENTITY, RELATIONSHIP or BUSINESS_METADATA")
        }.toSet()
        val all = store.types.all
        val filtered = if (wanted.isEmpty()) all else TypeDefResponse.builder()
            .enumDefs(all.enumDefs.orEmptyIf(TypeCategory.ENUM in wanted))
            .structDefs(all.structDefs.orEmptyIf(TypeCategory.STRUCT in wanted))
            .classificationDefs(all.classificationDefs.orEmptyIf(TypeCategory.CLASSIFICATION in wanted))
            .entityDefs(all.entityDefs.orEmptyIf(TypeCategory.ENTITY in wanted))
            .relationshipDefs(all.relationshipDefs.orEmptyIf(TypeCategory.RELATIONSHIP in wanted))
            .businessMetadataDefs(all.businessMetadataDefs.orEmptyIf(TypeCategory.BUSINESS_METADATA in wanted))
            .build()
        return KatalogJson.encodeToElement(TypeDefResponse.serializer(), filtered)
    }

    /** `GET /api/meta/types/typedef/name/{name}`. */
    fun byName(name: String): JsonElement {
        val def = store.types.byName(name) ?: throw CatalogException.NotFound("Given typename $name was invalid", "ATLAS-404-00-001")
        return KatalogJson.encodeToElement(TypeDef.serializer(), def)
    }

    /**
     * `POST`: new Atlan tags and custom metadata (hashed names) and enums (names as given). Type changes (this, update,
     * delete) run alone: every save reads the type definitions and the index mapping they make.
     */
    suspend fun create(body: String, user: String): JsonElement = store.writes.exclusive {
        val request = decode(body)
        if (!request.structDefs.isNullOrEmpty() || !request.entityDefs.isNullOrEmpty() || !request.relationshipDefs.isNullOrEmpty()) {
            throw CatalogException.BadRequest("Only enumDefs, classificationDefs (Atlan tags) and businessMetadataDefs (custom metadata) can be created here")
        }
        val now = System.currentTimeMillis()
        val types = store.types
        val enums = request.enumDefs.orEmpty().map { def ->
            val name = def.name?.takeIf { it.isNotBlank() } ?: throw CatalogException.BadRequest("Each enum definition needs a name")
            if (types.byName(name) != null) throw CatalogException.Conflict("Type $name already exists", "ATLAS-409-00-001")
            stamp(def, TypeCategory.ENUM, name, user, now)
        }
        fun named(def: TypeDef, category: TypeCategory, existing: List<TypeDef>): TypeDef {
            val display = def.displayName?.takeIf { it.isNotBlank() } ?: def.name?.takeIf { it.isNotBlank() }
                ?: throw CatalogException.BadRequest("Each ${category.name} definition needs a displayName")
            // Atlan lets a tag share its display name with another when the request asks it to skip the check
            // (`skipDisplayNameUniquenessCheck`, sent by pyatlan 9.10.3, operation vector typedef-tag, and by
            // atlan-java's `AtlanTagDef`); custom metadata names stay unique.
            val skipCheck = category == TypeCategory.CLASSIFICATION && def.extras["skipDisplayNameUniquenessCheck"]?.toString() == "true"
            if (!skipCheck && existing.any { it.displayName.equals(display, ignoreCase = true) }) {
                throw CatalogException.Conflict("A ${category.name} definition with displayName $display already exists", "ATLAS-409-00-001")
            }
            return stamp(def.with { displayName(display).attributeDefs(hashAttributes(def, category, null)) }, category, RandomNames.hashedName(), user, now)
        }
        val tags = request.classificationDefs.orEmpty().map { named(it, TypeCategory.CLASSIFICATION, types.classifications) }
        val metadata = request.businessMetadataDefs.orEmpty().map { named(it, TypeCategory.BUSINESS_METADATA, types.businessMetadata) }
        keep(enums, tags, metadata, types, now, "create")
    }

    /** `PUT`: changes created tags, custom metadata and enums, matched by name; new custom metadata attributes get hashed names. */
    suspend fun update(body: String, user: String): JsonElement = store.writes.exclusive {
        val request = decode(body)
        val now = System.currentTimeMillis()
        val types = store.types
        fun changed(def: TypeDef, category: TypeCategory): TypeDef {
            val name = def.name ?: throw CatalogException.BadRequest("Each definition to update needs its name")
            val current = types.byName(name) ?: throw CatalogException.NotFound("Given typename $name was invalid", "ATLAS-404-00-001")
            if (!types.isCreated(name)) throw CatalogException.BadRequest("Built-in type $name cannot be changed")
            return def.with {
                category(category).guid(current.guid).createdBy(current.createdBy).createTime(current.createTime)
                updatedBy(user).updateTime(now).version((current.version ?: 1) + 1)
                displayName(def.displayName ?: current.displayName)
                attributeDefs(hashAttributes(def, category, current))
            }
        }
        val enums = request.enumDefs.orEmpty().map { changed(it, TypeCategory.ENUM) }
        val tags = request.classificationDefs.orEmpty().map { changed(it, TypeCategory.CLASSIFICATION) }
        val metadata = request.businessMetadataDefs.orEmpty().map { changed(it, TypeCategory.BUSINESS_METADATA) }
        keep(enums, tags, metadata, types, now, "update")
    }

    /** Stores created or changed definitions, maps new custom metadata attributes, and answers them; under the write lock. */
    private suspend fun keep(enums: List<TypeDef>, tags: List<TypeDef>, metadata: List<TypeDef>, types: TypeRegistry, now: Long, verb: String): JsonElement {
        val all = enums + tags + metadata
        if (all.isEmpty()) throw CatalogException.BadRequest("No enumDefs, classificationDefs or businessMetadataDefs to $verb")
        persist(all, now)
        store.index.addBusinessMetadata(store.mapping, metadata)
        store.types = types.with(all)
        return answer(enums, tags, metadata)
    }

    /** `DELETE /api/meta/types/typedef/name/{name}`: removes a created definition. */
    suspend fun delete(name: String) = store.writes.exclusive {
        val types = store.types
        if (types.byName(name) == null) throw CatalogException.NotFound("Given typename $name was invalid", "ATLAS-404-00-001")
        if (!types.isCreated(name)) throw CatalogException.BadRequest("Built-in type $name cannot be deleted")
        val answer = store.client.call("DELETE", "/$indexName/_doc/${java.net.URLEncoder.encode(name, Charsets.UTF_8)}?refresh=true")
        if (!answer.ok && answer.status != 404) throw CatalogException.Backend("Cannot delete type $name: ${answer.reason}")
        store.types = types.without(name)
    }

    private fun decode(body: String): TypeDefResponse = try {
        KatalogJson.decode(TypeDefResponse.serializer(), body)
    } catch (e: ModelDecodeException) {
        throw CatalogException.BadRequest("Invalid type definitions at ${e.path}: ${e.problem}")
    }

    // Custom metadata attributes are known by hashed names; ones already defined keep theirs.
    private fun hashAttributes(def: TypeDef, category: TypeCategory, current: TypeDef?) = def.attributeDefs.orEmpty().map { attribute ->
        val known = current?.attributeDefs.orEmpty().any { it.name == attribute.name }
        if (category == TypeCategory.BUSINESS_METADATA && !known) {
            attribute.with { name(RandomNames.hashedName()).displayName(attribute.displayName ?: attribute.name) }
        } else {
            attribute
        }
    }

    private fun stamp(def: TypeDef, category: TypeCategory, name: String, user: String, now: Long): TypeDef = def.with {
        category(category)
        guid(UUID.randomUUID().toString())
        name(name)
        createdBy(user).updatedBy(user).createTime(now).updateTime(now).version(1)
        typeVersion(def.typeVersion ?: "1.0")
        attributeDefs(def.attributeDefs ?: if (category == TypeCategory.ENUM) null else emptyList())
        superTypes(if (category == TypeCategory.CLASSIFICATION) def.superTypes ?: emptyList() else def.superTypes)
        entityTypes(if (category == TypeCategory.CLASSIFICATION) def.entityTypes ?: emptyList() else def.entityTypes)
        subTypes(if (category == TypeCategory.CLASSIFICATION) def.subTypes ?: emptyList() else def.subTypes)
    }

    private suspend fun persist(defs: List<TypeDef>, now: Long) {
        val ndjson = StringBuilder()
        for (def in defs) {
            ndjson.append("""{"index":{"_id":${kotlinx.serialization.json.JsonPrimitive(def.name)}}}""").append('\n')
            ndjson.append(buildJsonObject {
                put("createTime", def.createTime ?: now)
                put("def", KatalogJson.encodeToElement(TypeDef.serializer(), def))
            }.toString()).append('\n')
        }
        val answer = store.client.call("POST", "/$indexName/_bulk?refresh=true", ndjson.toString(), "application/x-ndjson")
        if (!answer.ok || answer.json["errors"]?.toString() == "true") throw CatalogException.Backend("Cannot store type definitions: ${answer.reason}")
    }

    private fun answer(enums: List<TypeDef>, tags: List<TypeDef>, metadata: List<TypeDef>): JsonElement = KatalogJson.encodeToElement(
        TypeDefResponse.serializer(),
        TypeDefResponse.builder()
            .enumDefs(enums).structDefs(emptyList()).entityDefs(emptyList()).relationshipDefs(emptyList())
            .classificationDefs(tags).businessMetadataDefs(metadata)
            .build(),
    )

    private fun List<TypeDef>?.orEmptyIf(wanted: Boolean): List<TypeDef> = if (wanted) this.orEmpty() else emptyList()
}

