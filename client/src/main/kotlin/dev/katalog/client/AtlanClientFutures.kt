package dev.katalog.client

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.assets.AssetsApiFutures
import dev.katalog.client.audit.AuditApiFutures
import dev.katalog.client.core.JavaBridge
import dev.katalog.client.custommetadata.CustomMetadataApiFutures
import dev.katalog.client.directory.DirectoryApiFutures
import dev.katalog.client.access.AccessApiFutures
import dev.katalog.client.datamesh.DataMeshApiFutures
import dev.katalog.client.glossary.GlossaryApiFutures
import dev.katalog.client.lineage.LineageApiFutures
import dev.katalog.client.search.SearchApiFutures
import dev.katalog.client.tags.TagsApiFutures
import dev.katalog.client.tokens.TokensApiFutures
import dev.katalog.client.tree.TreesApiFutures
import dev.katalog.client.typedefs.TypeDefsApiFutures
import java.time.Duration

/**
 * The sub-APIs of an [AtlanClient] for Java: `client.java().assets().save(table)`. Each call returns a
 * `CompletableFuture` (cancelling it cancels the call), searches return a `Stream` (closing it stops the paging)
 * or an `Iterable`. Failures complete the future exceptionally with an `AtlanException`.
 */
public class AtlanClientFutures internal constructor(private val client: AtlanClient, private val bridge: JavaBridge) {
    /** The same sub-APIs with [timeout] as the read timeout of each call, instead of the client's default. */
    public fun withTimeout(timeout: Duration): AtlanClientFutures = AtlanClientFutures(client, bridge.withTimeout(timeout))

    public fun assets(): AssetsApiFutures = AssetsApiFutures(client.assets, bridge)
    public fun search(): SearchApiFutures = SearchApiFutures(client.search, bridge)
    public fun tags(): TagsApiFutures = TagsApiFutures(client.tags, bridge)
    public fun customMetadata(): CustomMetadataApiFutures = CustomMetadataApiFutures(client.customMetadata, bridge)
    public fun typeDefs(): TypeDefsApiFutures = TypeDefsApiFutures(client.typeDefs, bridge)
    public fun directory(): DirectoryApiFutures = DirectoryApiFutures(client.directory, bridge)
    public fun glossary(): GlossaryApiFutures = GlossaryApiFutures(client.glossary, bridge)
    public fun access(): AccessApiFutures = AccessApiFutures(client.access, bridge)
    public fun dataMesh(): DataMeshApiFutures = DataMeshApiFutures(client.dataMesh, bridge)
    public fun trees(): TreesApiFutures = TreesApiFutures(client.trees, bridge)
    public fun tokens(): TokensApiFutures = TokensApiFutures(client.tokens, bridge)
    public fun audit(): AuditApiFutures = AuditApiFutures(client.audit, bridge)
    public fun lineage(): LineageApiFutures = LineageApiFutures(client.lineage, bridge)
    public fun export(): dev.katalog.client.export.ExportApiFutures = dev.katalog.client.export.ExportApiFutures(client.export, bridge)
}
