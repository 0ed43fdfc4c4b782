package dev.katalog.local.typedef

import dev.katalog.local.CatalogException
import dev.katalog.local.store.AssetIndex
import dev.katalog.local.store.CatalogStore
import dev.katalog.local.store.RandomNames
import dev.katalog.local.store.obj
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import kotlinx.coroutines.sync.withLock
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
        val filtered = if (wanted.isEmpty()) all else TypeDefResponse(
            enumDefs = all.enumDefs.orEmptyIf(TypeCategory.ENUM in wanted),
            structDefs = all.structDefs.orEmptyIf(TypeCategory.STRUCT in wanted),
            classificationDefs = all.classificationDefs.orEmptyIf(TypeCategory.CLASSIFICATION in wanted),
            entityDefs = all.entityDefs.orEmptyIf(TypeCategory.ENTITY in wanted),
            relationshipDefs = all.relationshipDefs.orEmptyIf(TypeCategory.RELATIONSHIP in wanted),
            businessMetadataDefs = all.businessMetadataDefs.orEmptyIf(TypeCategory.BUSINESS_METADATA in wanted),
        )
        return KatalogJson.encodeToElement(TypeDefResponse.serializer(), filtered)
    }

    suspend fun create(body: String, user: String): JsonElement = store.writeLock.withLock {
        val request = try {
            KatalogJson.decode(TypeDefResponse.serializer(), body)
        } catch (e: ModelDecodeException) {
            throw CatalogException.BadRequest("Invalid type definitions at ${e.path}: ${e.problem}")
        }
        if (!request.enumDefs.isNullOrEmpty() || !request.structDefs.isNullOrEmpty() || !request.entityDefs.isNullOrEmpty() || !request.relationshipDefs.isNullOrEmpty()) {
            throw CatalogException.BadRequest("Only classificationDefs (Atlan tags) and businessMetadataDefs (custom metadata) can be created here")
        }
        val now = System.currentTimeMillis()
        val types = store.types
        fun prepare(def: TypeDef, category: TypeCategory, existing: List<TypeDef>): TypeDef {
            val display = def.displayName?.takeIf { it.isNotBlank() } ?: def.name?.takeIf { it.isNotBlank() }
                ?: throw CatalogException.BadRequest("Each ${category.name} definition needs a displayName")
            if (existing.any { it.displayName.equals(display, ignoreCase = true) }) {
                throw CatalogException.Conflict("A ${category.name} definition with displayName $display already exists", "ATLAS-409-00-001")
            }
            val attributes = def.attributeDefs.orEmpty().map { attribute ->
                if (category == TypeCategory.BUSINESS_METADATA) attribute.copy(
                    name = RandomNames.hashedName(),
                    displayName = attribute.displayName ?: attribute.name,
                ) else attribute
            }
            return def.copy(
                category = category,
                guid = UUID.randomUUID().toString(),
                name = RandomNames.hashedName(),
                displayName = display,
                createdBy = user, updatedBy = user, createTime = now, updateTime = now, version = 1,
                typeVersion = def.typeVersion ?: "1.0",
                attributeDefs = attributes,
                superTypes = if (category == TypeCategory.CLASSIFICATION) def.superTypes ?: emptyList() else def.superTypes,
                entityTypes = if (category == TypeCategory.CLASSIFICATION) def.entityTypes ?: emptyList() else def.entityTypes,
                subTypes = if (category == TypeCategory.CLASSIFICATION) def.subTypes ?: emptyList() else def.subTypes,
            )
        }
        val tags = request.classificationDefs.orEmpty().map { prepare(it, TypeCategory.CLASSIFICATION, types.classifications) }
        val metadata = request.businessMetadataDefs.orEmpty().map { prepare(it, TypeCategory.BUSINESS_METADATA, types.businessMetadata) }
        val created = tags + metadata
        if (created.isEmpty()) throw CatalogException.BadRequest("No classificationDefs or businessMetadataDefs to create")
        val ndjson = StringBuilder()
        for (def in created) {
            ndjson.append("""{"index":{"_id":"${def.name}"}}""").append('\n')
            ndjson.append(buildJsonObject {
                put("createTime", now)
                put("def", KatalogJson.encodeToElement(TypeDef.serializer(), def))
            }.toString()).append('\n')
        }
        val answer = store.client.call("POST", "/$indexName/_bulk?refresh=wait_for", ndjson.toString(), "application/x-ndjson")
        if (!answer.ok) throw CatalogException.Backend("Cannot store type definitions: ${answer.reason}")
        store.index.addBusinessMetadata(store.mapping, metadata)
        store.types = types.with(created)
        KatalogJson.encodeToElement(
            TypeDefResponse.serializer(),
            TypeDefResponse(
                enumDefs = emptyList(), structDefs = emptyList(), entityDefs = emptyList(), relationshipDefs = emptyList(),
                classificationDefs = tags, businessMetadataDefs = metadata,
            ),
        )
    }

    private fun List<TypeDef>?.orEmptyIf(wanted: Boolean): List<TypeDef> = if (wanted) this.orEmpty() else emptyList()
}

