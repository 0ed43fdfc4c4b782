package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** Who is searching and whether to log it: `utmTags` names the SDK. */
@KeepGeneratedSerializer
@Serializable(with = RequestMetadata.Serializer::class)
public class RequestMetadata internal constructor(
    public val saveSearchLog: Boolean? = null,
    public val utmTags: List<String>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    /** A builder that starts from this request metadata. */
    public fun toBuilder(): Builder = Builder(this)

    /** This request metadata with what [change] sets changed, e.g. `with { size(0) }`. */
    public fun with(change: Builder.() -> Unit): RequestMetadata = toBuilder().apply(change).build()

    /** Equal when both send the same JSON. */
    override fun equals(other: Any?): Boolean = other is RequestMetadata && json() == other.json()

    override fun hashCode(): Int = json().hashCode()

    override fun toString(): String = "RequestMetadata(${json()})"

    private fun json(): String = KatalogJson.encode(Serializer, this)

    /** Builds a [RequestMetadata]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: RequestMetadata) {
        private var saveSearchLog: Boolean? = start.saveSearchLog
        private var utmTags: List<String>? = start.utmTags
        private var extras: JsonObject = start.extras

        public fun saveSearchLog(value: Boolean?): Builder = apply { saveSearchLog = value }
        public fun utmTags(value: List<String>?): Builder = apply { utmTags = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): RequestMetadata = RequestMetadata(saveSearchLog, utmTags, extras)
    }

    public companion object {
        /** A builder for a request metadata. */
        @JvmStatic
        public fun builder(): Builder = Builder(RequestMetadata())
    }

    internal object Serializer : LosslessSerializer<RequestMetadata>(generatedSerializer()) {
        override fun withExtras(value: RequestMetadata, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
