package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** What the search engine says of one hit: its sort values. */
@KeepGeneratedSerializer
@Serializable(with = HitMetadata.Serializer::class)
public data class HitMetadata(
    val sort: List<kotlinx.serialization.json.JsonElement>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<HitMetadata>(generatedSerializer()) {
        override fun withExtras(value: HitMetadata, extras: JsonObject) = value.copy(extras = extras)
    }
}
