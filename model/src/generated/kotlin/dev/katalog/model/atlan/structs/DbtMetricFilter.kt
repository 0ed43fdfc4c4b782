// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.structs

import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonObject

/** Atlas Type representing a DBT Metric Filter */
@KeepGeneratedSerializer
@Serializable(with = DbtMetricFilter.Serializer::class)
public data class DbtMetricFilter(
    @SerialName("dbtMetricFilterColumnQualifiedName") val dbtMetricFilterColumnQualifiedName: String? = null,
    @SerialName("dbtMetricFilterField") val dbtMetricFilterField: String? = null,
    @SerialName("dbtMetricFilterOperator") val dbtMetricFilterOperator: String? = null,
    @SerialName("dbtMetricFilterValue") val dbtMetricFilterValue: String? = null,
    @Transient override val extras: JsonObject = JsonObject(emptyMap()),
) : Lossless {
    internal object Serializer : LosslessSerializer<DbtMetricFilter>(generatedSerializer()) {
        override fun withExtras(value: DbtMetricFilter, extras: JsonObject): DbtMetricFilter = value.copy(extras = extras)
    }
}
