package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** An Atlan error answer: `errorCode`, `errorMessage` (older servers: `code`, `message`), cause and id. */
@KeepGeneratedSerializer
@Serializable(with = AtlanErrorBody.Serializer::class)
public data class AtlanErrorBody(
    val errorCode: String? = null,
    val errorMessage: String? = null,
    val errorCause: String? = null,
    val errorId: String? = null,
    val code: kotlinx.serialization.json.JsonPrimitive? = null,
    val message: String? = null,
    val causes: List<JsonObject>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<AtlanErrorBody>(generatedSerializer()) {
        override fun withExtras(value: AtlanErrorBody, extras: JsonObject) = value.copy(extras = extras)
    }
}
