package dev.katalog.client.openmetadata.export

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.export.CatalogExport
import dev.katalog.client.export.ExportOptions
import java.util.concurrent.CompletableFuture

/** [ServiceExportApi] for Java: each call returns a [CompletableFuture] that fails with an `OpenMetadataException` or a `UsageException`. */
public class ServiceExportApiFutures internal constructor(private val api: ServiceExportApi, private val bridge: JavaBridge) {
    /** The definition of the database service named [serviceName] and of the glossaries named [glossaries], written as [options] say. */
    public fun service(serviceName: String, glossaries: List<String>, options: ExportOptions): CompletableFuture<CatalogExport> =
        bridge.future { api.service(serviceName, glossaries, options) }

    public fun service(serviceName: String, glossaries: List<String>): CompletableFuture<CatalogExport> = service(serviceName, glossaries, ExportOptions.DEFAULT)

    public fun service(serviceName: String): CompletableFuture<CatalogExport> = service(serviceName, emptyList(), ExportOptions.DEFAULT)
}
