// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** The Atlan enum Binary. */
@Serializable
public enum class Binary {
    @SerialName("Yes")
    YES,
    @SerialName("No")
    NO,
}
