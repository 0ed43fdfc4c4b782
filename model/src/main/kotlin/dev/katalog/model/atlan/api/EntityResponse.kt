package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject
import dev.katalog.model.atlan.asset.Asset

/** The answer of a read by GUID or by unique attribute: the entity and the entities it refers to. */
@KeepGeneratedSerializer
@Serializable(with = EntityResponse.Serializer::class)
public data class EntityResponse(
    val entity: Asset,
    val referredEntities: Map<String, Asset>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<EntityResponse>(generatedSerializer()) {
        override fun withExtras(value: EntityResponse, extras: JsonObject) = value.copy(extras = extras)
    }
}
