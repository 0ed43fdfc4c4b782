package dev.katalog.client.export

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.client.search.SearchApi

/**
 * An existing estate as code (`client.export`): what a connection holds (databases, schemas, tables, views, columns,
 * processes) and whole glossaries, with their terms, custom metadata and READMEs, written as a `*.catalog.kts` definition that `client.trees` and
 * `bin/katalog plan|apply` take. Planning the definition against the same catalog changes nothing. Java uses
 * [ExportApiFutures].
 */
public class ExportApi internal constructor(private val calls: AtlanCalls, private val search: SearchApi, private val metadata: CustomMetadataCache) {
    /**
     * The definition of the connection with [qualifiedName] and of the glossaries named [glossaries]; throws a
     * `UsageException` when the connection or a glossary does not exist. Each schema is read as a stream of its own.
     */
    public suspend fun connection(qualifiedName: String, glossaries: List<String> = emptyList(), options: ExportOptions = ExportOptions.DEFAULT): CatalogExport =
        EstateExport(calls, search, options, ExportCuration.load(search, metadata)).run(qualifiedName, glossaries)

    override fun toString(): String = "ExportApi"
}
