package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject
import dev.katalog.model.atlan.asset.Asset

/** The entities a save or delete touched, by what happened to them (headers: type, guid, status, attributes). */
@KeepGeneratedSerializer
@Serializable(with = MutatedEntities.Serializer::class)
public data class MutatedEntities(
    @kotlinx.serialization.SerialName("CREATE") val created: List<Asset>? = null,
    @kotlinx.serialization.SerialName("UPDATE") val updated: List<Asset>? = null,
    @kotlinx.serialization.SerialName("PARTIAL_UPDATE") val partiallyUpdated: List<Asset>? = null,
    @kotlinx.serialization.SerialName("DELETE") val deleted: List<Asset>? = null,
    @kotlinx.serialization.SerialName("PURGE") val purged: List<Asset>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<MutatedEntities>(generatedSerializer()) {
        override fun withExtras(value: MutatedEntities, extras: JsonObject) = value.copy(extras = extras)
    }
}
