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

/** Atlas Type representing an inheritable tag key/value pair associated with any GCP resource/object */
@KeepGeneratedSerializer
@Serializable(with = GoogleTag.Serializer::class)
public data class GoogleTag(
    @SerialName("googleTagKey") val googleTagKey: String? = null,
    @SerialName("googleTagValue") val googleTagValue: String? = null,
    @Transient override val extras: JsonObject = JsonObject(emptyMap()),
) : Lossless {
    internal object Serializer : LosslessSerializer<GoogleTag>(generatedSerializer()) {
        override fun withExtras(value: GoogleTag, extras: JsonObject): GoogleTag = value.copy(extras = extras)
    }
}
