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

/** Atlas Type representing a metric provided by AWS Cloud Watch */
@KeepGeneratedSerializer
@Serializable(with = AwsCloudWatchMetric.Serializer::class)
public data class AwsCloudWatchMetric(
    @SerialName("awsCloudWatchMetricName") val awsCloudWatchMetricName: String? = null,
    @SerialName("awsCloudWatchMetricScope") val awsCloudWatchMetricScope: String? = null,
    @Transient override val extras: JsonObject = JsonObject(emptyMap()),
) : Lossless {
    internal object Serializer : LosslessSerializer<AwsCloudWatchMetric>(generatedSerializer()) {
        override fun withExtras(value: AwsCloudWatchMetric, extras: JsonObject): AwsCloudWatchMetric = value.copy(extras = extras)
    }
}
