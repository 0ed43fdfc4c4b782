package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject
import dev.katalog.model.atlan.asset.Asset

/** The body of `POST /api/meta/entity/bulk`: the entities to create or update. */
@KeepGeneratedSerializer
@Serializable(with = BulkEntityRequest.Serializer::class)
public data class BulkEntityRequest(
    val entities: List<Asset>,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<BulkEntityRequest>(generatedSerializer()) {
        override fun withExtras(value: BulkEntityRequest, extras: JsonObject) = value.copy(extras = extras)
    }
}
