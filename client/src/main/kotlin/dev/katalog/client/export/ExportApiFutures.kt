package dev.katalog.client.export

import dev.katalog.client.core.JavaBridge
import java.util.concurrent.CompletableFuture

/** [ExportApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException` or a `UsageException`. */
public class ExportApiFutures internal constructor(private val api: ExportApi, private val bridge: JavaBridge) {
    /** The definition of the connection with [qualifiedName] and of the glossaries named [glossaries], written as [options] say. */
    public fun connection(qualifiedName: String, glossaries: List<String>, options: ExportOptions): CompletableFuture<CatalogExport> =
        bridge.future { api.connection(qualifiedName, glossaries, options) }

    public fun connection(qualifiedName: String, glossaries: List<String>): CompletableFuture<CatalogExport> = connection(qualifiedName, glossaries, ExportOptions.DEFAULT)

    public fun connection(qualifiedName: String): CompletableFuture<CatalogExport> = connection(qualifiedName, emptyList(), ExportOptions.DEFAULT)
}
