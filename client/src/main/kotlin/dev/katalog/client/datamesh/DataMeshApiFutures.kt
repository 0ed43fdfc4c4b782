package dev.katalog.client.datamesh

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.search.IndexSearchRequest
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream

/** [DataMeshApi] for Java: each call returns a [CompletableFuture] that fails with an [AtlanException] (or a UsageException). */
public class DataMeshApiFutures internal constructor(private val api: DataMeshApi, private val bridge: JavaBridge) {
    public fun findDomain(name: String): CompletableFuture<DataDomain> = bridge.future { api.findDomain(name) }
    public fun findSubdomain(name: String, parent: DataDomain): CompletableFuture<DataDomain> = bridge.future { api.findSubdomain(name, parent) }
    public fun findProduct(name: String, domain: DataDomain): CompletableFuture<DataProduct> = bridge.future { api.findProduct(name, domain) }
    public fun selectionOf(product: DataProduct): CompletableFuture<IndexSearchRequest> = bridge.future { api.selectionOf(product) }

    /** Every active asset the product's selection finds; closing the stream stops the paging. */
    public fun assetsOf(product: DataProduct): Stream<Asset> = bridge.streamPages(api.assetPagesOf(product))
}
