// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** TermAssignmentStatus defines how much the semantic assignment should be trusted. */
@Serializable
public enum class AtlasGlossaryTermAssignmentStatus {
    /** DISCOVERED means that the semantic assignment was added by a discovery engine. */
    @SerialName("DISCOVERED")
    DISCOVERED,
    /** PROPOSED means that the semantic assignment was proposed by person - they may be a subject matter expert, or consumer of the Referenceable asset */
    @SerialName("PROPOSED")
    PROPOSED,
    /** IMPORTED means that the semantic assignment has been imported from outside of the open metadata cluster */
    @SerialName("IMPORTED")
    IMPORTED,
    /** VALIDATED means that the semantic assignment has been reviewed and is highly trusted. */
    @SerialName("VALIDATED")
    VALIDATED,
    /** DEPRECATED means that the semantic assignment is being phased out. There may be another semantic assignment to the Referenceable that will ultimately replace this one. */
    @SerialName("DEPRECATED")
    DEPRECATED,
    /** OBSOLETE means that the semantic assignment is no longer in use, */
    @SerialName("OBSOLETE")
    OBSOLETE,
    /** OTHER means that the semantic assignment value does not match any of the other Term Assignment Status values */
    @SerialName("OTHER")
    OTHER,
}
