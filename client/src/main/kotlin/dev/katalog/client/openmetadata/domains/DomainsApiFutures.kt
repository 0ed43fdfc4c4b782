package dev.katalog.client.openmetadata.domains

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.entity.domains.DataProduct
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.api.BulkOperationResult
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream

/** [DomainsApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException]; lists are [Stream]s (close them). */
public class DomainsApiFutures internal constructor(private val api: DomainsApi, private val bridge: JavaBridge) {
    /** The sub-domains of the domain named [domainFqn]. */
    public fun subDomains(domainFqn: String): CompletableFuture<List<EntityReference>> = bridge.future { api.subDomains(domainFqn) }

    /** The data products of the domain named [domainFqn], paged lazily. */
    public fun dataProducts(domainFqn: String): Stream<DataProduct> = bridge.stream(api.dataProducts(domainFqn))

    /** The assets of the data product named [dataProductFqn]. */
    public fun assets(dataProductFqn: String): CompletableFuture<List<EntityReference>> = bridge.future { api.assets(dataProductFqn) }

    /** Adds [assets] to the data product named [dataProductFqn]. */
    public fun addAssets(dataProductFqn: String, assets: List<EntityReference>): CompletableFuture<BulkOperationResult> = bridge.future { api.addAssets(dataProductFqn, assets) }

    /** Removes [assets] from the data product named [dataProductFqn]. */
    public fun removeAssets(dataProductFqn: String, assets: List<EntityReference>): CompletableFuture<BulkOperationResult> = bridge.future { api.removeAssets(dataProductFqn, assets) }
}
