// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Defines the type of the asset in google data studio */
@Serializable
public enum class GoogleDatastudioAssetType {
    @SerialName("REPORT")
    REPORT,
    @SerialName("DATA_SOURCE")
    DATA_SOURCE,
}
