package dev.katalog.model.atlan.api

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Which way a lineage list walks from its starting asset, as Atlan names it on the wire. */
@Serializable
public enum class LineageDirection {
    /** Upstream: the assets the start is derived from. */
    @SerialName("INPUT")
    UPSTREAM,

    /** Downstream: the assets derived from the start. */
    @SerialName("OUTPUT")
    DOWNSTREAM,
}
