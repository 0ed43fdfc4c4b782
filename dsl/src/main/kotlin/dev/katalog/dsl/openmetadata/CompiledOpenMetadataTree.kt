package dev.katalog.dsl.openmetadata

import dev.katalog.dsl.tree.TreeProblem

/**
 * A tree as OpenMetadata create requests, parents before children ([items]), the lineage edges its processes become
 * ([lineage], added once the tables exist), and the tree's settings OpenMetadata has no field for ([ignored], each
 * with its path and why), which are reported rather than silently dropped.
 */
public class CompiledOpenMetadataTree internal constructor(
    public val items: List<OpenMetadataTreeItem>,
    public val ignored: List<TreeProblem>,
    public val lineage: List<OpenMetadataLineageEdge> = emptyList(),
)
