// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Image type: link or emoji */
@Serializable
public enum class IconType {
    @SerialName("image")
    IMAGE,
    @SerialName("emoji")
    EMOJI,
}
