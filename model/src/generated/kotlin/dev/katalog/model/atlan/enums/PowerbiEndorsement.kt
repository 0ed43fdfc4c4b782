// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Endorsement Status for PowerBI Assets */
@Serializable
public enum class PowerbiEndorsement {
    @SerialName("Promoted")
    PROMOTED,
    @SerialName("Certified")
    CERTIFIED,
}
