package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** One page of an audit search: its [entityAudits], how many are on it ([count]) and match in all ([totalCount]). */
@KeepGeneratedSerializer
@Serializable(with = AuditSearchResponse.Serializer::class)
public data class AuditSearchResponse(
    val entityAudits: List<EntityAudit>? = null,
    val count: Long? = null,
    val totalCount: Long? = null,
    val aggregations: JsonObject? = null,
    val linkedEntities: JsonObject? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<AuditSearchResponse>(generatedSerializer()) {
        override fun withExtras(value: AuditSearchResponse, extras: JsonObject) = value.copy(extras = extras)
    }
}
