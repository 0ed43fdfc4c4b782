package dev.katalog.dsl.openmetadata

import dev.katalog.model.openmetadata.type.LineageDetails

/**
 * One lineage edge a tree declares for OpenMetadata: from the entity [fromTable] to the entity [toTable] (fully
 * qualified names; tables for processes and pipelines, a table or data model into a dashboard or data model),
 * of the entity types [fromType] and [toType] (`table`, `dashboard`, `dashboardDataModel`), with [details] as
 * OpenMetadata keeps them (`lineageDetails`: the process's description and SQL, and the column lineage of its column
 * processes). [pipeline] is the FQN of the pipeline that moves the data, sent as `lineageDetails.pipeline` once it
 * exists. [path] is the process, pipeline, dashboard or data model that declared it.
 */
public class OpenMetadataLineageEdge internal constructor(
    public val path: String,
    public val fromTable: String,
    public val toTable: String,
    public val details: LineageDetails,
    public val fromType: String = "table",
    public val toType: String = "table",
    public val pipeline: String? = null,
) {
    override fun toString(): String = "$fromTable → $toTable"
}
