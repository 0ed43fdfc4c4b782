package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** A user, group or role of the directory: its id and names, everything else kept in [extras]. */
@KeepGeneratedSerializer
@Serializable(with = DirectoryRecord.Serializer::class)
public data class DirectoryRecord(
    val id: String? = null,
    val name: String? = null,
    val username: String? = null,
    val alias: String? = null,
    val email: String? = null,
    val firstName: String? = null,
    val lastName: String? = null,
    val enabled: Boolean? = null,
    val attributes: JsonObject? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<DirectoryRecord>(generatedSerializer()) {
        override fun withExtras(value: DirectoryRecord, extras: JsonObject) = value.copy(extras = extras)
    }
}
