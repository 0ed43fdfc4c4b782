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

/** Atlas Type representing a queryable label key/value pair associated with any GCP resource/object */
@KeepGeneratedSerializer
@Serializable(with = GoogleLabel.Serializer::class)
public data class GoogleLabel(
    @SerialName("googleLabelKey") val googleLabelKey: String? = null,
    @SerialName("googleLabelValue") val googleLabelValue: String? = null,
    @Transient override val extras: JsonObject = JsonObject(emptyMap()),
) : Lossless {
    internal object Serializer : LosslessSerializer<GoogleLabel>(generatedSerializer()) {
        override fun withExtras(value: GoogleLabel, extras: JsonObject): GoogleLabel = value.copy(extras = extras)
    }
}
