package dev.katalog.client.lineage

/** Which way a lineage graph ([LineageApi.graph]) reaches from its asset, with Atlan's name for it. */
public enum class GraphDirection(public val wire: String) {
    UPSTREAM("INPUT"),
    DOWNSTREAM("OUTPUT"),
    BOTH("BOTH"),
}
