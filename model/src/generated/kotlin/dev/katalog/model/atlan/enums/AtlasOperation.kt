// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Defines audit operations in Atlas */
@Serializable
public enum class AtlasOperation {
    @SerialName("OTHERS")
    OTHERS,
    @SerialName("PURGE")
    PURGE,
    @SerialName("EXPORT")
    EXPORT,
    @SerialName("IMPORT")
    IMPORT,
    @SerialName("IMPORT_DELETE_REPL")
    IMPORT_DELETE_REPL,
    @SerialName("TYPE_DEF_CREATE")
    TYPE_DEF_CREATE,
    @SerialName("TYPE_DEF_UPDATE")
    TYPE_DEF_UPDATE,
    @SerialName("TYPE_DEF_DELETE")
    TYPE_DEF_DELETE,
    @SerialName("SERVER_START")
    SERVER_START,
    @SerialName("SERVER_STATE_ACTIVE")
    SERVER_STATE_ACTIVE,
}
