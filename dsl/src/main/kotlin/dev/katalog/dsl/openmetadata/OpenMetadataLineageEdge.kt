package dev.katalog.dsl.openmetadata

import dev.katalog.model.openmetadata.type.LineageDetails

/**
 * One lineage edge a tree's process becomes in OpenMetadata: from the table [fromTable] to the table [toTable] (fully
 * qualified names), with [details] as OpenMetadata keeps them (`lineageDetails`: the process's description and SQL,
 * and the column lineage of its column processes). [path] is the process that declared it.
 */
public class OpenMetadataLineageEdge internal constructor(
    public val path: String,
    public val fromTable: String,
    public val toTable: String,
    public val details: LineageDetails,
) {
    override fun toString(): String = "$fromTable → $toTable"
}
