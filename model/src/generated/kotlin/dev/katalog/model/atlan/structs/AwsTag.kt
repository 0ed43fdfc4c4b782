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

/** Atlas Type representing a tag/value pair associated with an AWS object, eg S3 bucket */
@KeepGeneratedSerializer
@Serializable(with = AwsTag.Serializer::class)
public data class AwsTag(
    @SerialName("awsTagKey") val awsTagKey: String? = null,
    @SerialName("awsTagValue") val awsTagValue: String? = null,
    @Transient override val extras: JsonObject = JsonObject(emptyMap()),
) : Lossless {
    internal object Serializer : LosslessSerializer<AwsTag>(generatedSerializer()) {
        override fun withExtras(value: AwsTag, extras: JsonObject): AwsTag = value.copy(extras = extras)
    }
}
