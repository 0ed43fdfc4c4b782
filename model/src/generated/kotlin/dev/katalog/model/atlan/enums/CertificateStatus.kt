// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Defines certificate status in Atlas */
@Serializable
public enum class CertificateStatus {
    @SerialName("DEPRECATED")
    DEPRECATED,
    @SerialName("DRAFT")
    DRAFT,
    @SerialName("VERIFIED")
    VERIFIED,
}
