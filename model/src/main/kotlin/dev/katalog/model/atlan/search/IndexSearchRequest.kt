package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** The body of `POST /api/meta/search/indexsearch`. Keys not modelled here are kept in [extras]. */
@KeepGeneratedSerializer
@Serializable(with = IndexSearchRequest.Serializer::class)
public class IndexSearchRequest internal constructor(
    public val dsl: SearchDsl,
    public val attributes: List<String>? = null,
    public val relationAttributes: List<String>? = null,
    public val suppressLogs: Boolean? = null,
    public val showSearchScore: Boolean? = null,
    public val excludeMeanings: Boolean? = null,
    public val excludeClassifications: Boolean? = null,
    public val includeClassificationNames: Boolean? = null,
    public val allowDeletedRelations: Boolean? = null,
    public val showSearchMetadata: Boolean? = null,
    public val requestMetadata: RequestMetadata? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    /** A builder that starts from this request. */
    public fun toBuilder(): Builder = Builder(this)

    /** This request with what [change] sets changed, e.g. `with { size(0) }`. */
    public fun with(change: Builder.() -> Unit): IndexSearchRequest = toBuilder().apply(change).build()

    /** Equal when both send the same JSON. */
    override fun equals(other: Any?): Boolean = other is IndexSearchRequest && json() == other.json()

    override fun hashCode(): Int = json().hashCode()

    override fun toString(): String = "IndexSearchRequest(${json()})"

    private fun json(): String = KatalogJson.encode(Serializer, this)

    /** Builds a [IndexSearchRequest]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: IndexSearchRequest) {
        private var dsl: SearchDsl = start.dsl
        private var attributes: List<String>? = start.attributes
        private var relationAttributes: List<String>? = start.relationAttributes
        private var suppressLogs: Boolean? = start.suppressLogs
        private var showSearchScore: Boolean? = start.showSearchScore
        private var excludeMeanings: Boolean? = start.excludeMeanings
        private var excludeClassifications: Boolean? = start.excludeClassifications
        private var includeClassificationNames: Boolean? = start.includeClassificationNames
        private var allowDeletedRelations: Boolean? = start.allowDeletedRelations
        private var showSearchMetadata: Boolean? = start.showSearchMetadata
        private var requestMetadata: RequestMetadata? = start.requestMetadata
        private var extras: JsonObject = start.extras

        public fun dsl(value: SearchDsl): Builder = apply { dsl = value }
        public fun attributes(value: List<String>?): Builder = apply { attributes = value }
        public fun relationAttributes(value: List<String>?): Builder = apply { relationAttributes = value }
        public fun suppressLogs(value: Boolean?): Builder = apply { suppressLogs = value }
        public fun showSearchScore(value: Boolean?): Builder = apply { showSearchScore = value }
        public fun excludeMeanings(value: Boolean?): Builder = apply { excludeMeanings = value }
        public fun excludeClassifications(value: Boolean?): Builder = apply { excludeClassifications = value }
        public fun includeClassificationNames(value: Boolean?): Builder = apply { includeClassificationNames = value }
        public fun allowDeletedRelations(value: Boolean?): Builder = apply { allowDeletedRelations = value }
        public fun showSearchMetadata(value: Boolean?): Builder = apply { showSearchMetadata = value }
        public fun requestMetadata(value: RequestMetadata?): Builder = apply { requestMetadata = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): IndexSearchRequest = IndexSearchRequest(dsl, attributes, relationAttributes, suppressLogs, showSearchScore, excludeMeanings, excludeClassifications, includeClassificationNames, allowDeletedRelations, showSearchMetadata, requestMetadata, extras)
    }

    public companion object {
        /** A builder for a request; [dsl] is required. */
        @JvmStatic
        public fun builder(dsl: SearchDsl): Builder = Builder(IndexSearchRequest(dsl))
    }

    internal object Serializer : LosslessSerializer<IndexSearchRequest>(generatedSerializer()) {
        override fun withExtras(value: IndexSearchRequest, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
