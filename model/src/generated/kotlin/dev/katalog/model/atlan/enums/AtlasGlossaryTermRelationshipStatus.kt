// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** TermRelationshipStatus defines how reliable the relationship is between two glossary terms */
@Serializable
public enum class AtlasGlossaryTermRelationshipStatus {
    /** DRAFT means the relationship is under development. */
    @SerialName("DRAFT")
    DRAFT,
    /** ACTIVE means the relationship is validated and in use. */
    @SerialName("ACTIVE")
    ACTIVE,
    /** DEPRECATED means the the relationship is being phased out. */
    @SerialName("DEPRECATED")
    DEPRECATED,
    /** OBSOLETE means that the relationship should not be used anymore. */
    @SerialName("OBSOLETE")
    OBSOLETE,
    /** OTHER means that there is another status. */
    @SerialName("OTHER")
    OTHER,
}
