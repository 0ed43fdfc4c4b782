package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** The body of `POST /api/meta/search/indexsearch`. Keys not modelled here are kept in [extras]. */
@KeepGeneratedSerializer
@Serializable(with = IndexSearchRequest.Serializer::class)
public data class IndexSearchRequest(
    val dsl: SearchDsl,
    val attributes: List<String>? = null,
    val relationAttributes: List<String>? = null,
    val suppressLogs: Boolean? = null,
    val showSearchScore: Boolean? = null,
    val excludeMeanings: Boolean? = null,
    val excludeClassifications: Boolean? = null,
    val includeClassificationNames: Boolean? = null,
    val allowDeletedRelations: Boolean? = null,
    val showSearchMetadata: Boolean? = null,
    val requestMetadata: RequestMetadata? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<IndexSearchRequest>(generatedSerializer()) {
        override fun withExtras(value: IndexSearchRequest, extras: JsonObject) = value.copy(extras = extras)
    }
}
