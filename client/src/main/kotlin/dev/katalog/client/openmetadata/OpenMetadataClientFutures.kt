package dev.katalog.client.openmetadata

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.access.RoleAssignmentsApiFutures
import dev.katalog.client.openmetadata.customproperties.CustomPropertiesApiFutures
import dev.katalog.client.openmetadata.domains.DomainsApiFutures
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures
import dev.katalog.client.openmetadata.export.ServiceExportApiFutures
import dev.katalog.client.openmetadata.lineage.LineageApiFutures
import dev.katalog.client.openmetadata.quality.DataQualityApiFutures
import dev.katalog.client.openmetadata.search.SearchApiFutures
import dev.katalog.client.openmetadata.system.SystemApiFutures
import dev.katalog.client.openmetadata.tables.TableDataApiFutures
import dev.katalog.client.openmetadata.tree.TreesApiFutures
import java.time.Duration

/**
 * The sub-APIs of an [OpenMetadataClient] for Java: `om.java().entities().getByName(EntityKinds.TABLE, fqn, fields)`.
 * Each call returns a `CompletableFuture` (cancelling it cancels the call), lists return a `Stream` (closing it
 * stops the paging). Failures complete the future exceptionally with an `OpenMetadataException`.
 */
public class OpenMetadataClientFutures internal constructor(private val client: OpenMetadataClient, private val bridge: JavaBridge) {
    /** The same sub-APIs with [timeout] as the read timeout of each call, instead of the client's default. */
    public fun withTimeout(timeout: Duration): OpenMetadataClientFutures = OpenMetadataClientFutures(client, bridge.withTimeout(timeout))

    public fun system(): SystemApiFutures = SystemApiFutures(client.system, bridge)
    public fun entities(): EntitiesApiFutures = EntitiesApiFutures(client.entities, bridge)
    public fun search(): SearchApiFutures = SearchApiFutures(client.search, bridge)
    public fun lineage(): LineageApiFutures = LineageApiFutures(client.lineage, bridge)
    public fun tables(): TableDataApiFutures = TableDataApiFutures(client.tables, bridge)
    public fun dataQuality(): DataQualityApiFutures = DataQualityApiFutures(client.dataQuality, bridge)
    public fun roles(): RoleAssignmentsApiFutures = RoleAssignmentsApiFutures(client.roles, bridge)
    public fun domains(): DomainsApiFutures = DomainsApiFutures(client.domains, bridge)
    public fun customProperties(): CustomPropertiesApiFutures = CustomPropertiesApiFutures(client.customProperties, bridge)
    public fun trees(): TreesApiFutures = TreesApiFutures(client.trees, bridge)
    public fun export(): ServiceExportApiFutures = ServiceExportApiFutures(client.export, bridge)
}
