package dev.katalog.client.openmetadata.export

import dev.katalog.client.export.CatalogExport
import dev.katalog.client.export.ExportOptions
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.lineage.LineageApi

/**
 * An existing OpenMetadata estate as code (`om.export`): a database service (its databases, schemas, tables and views
 * with their columns, descriptions, owners, classification tags and glossary terms, and the lineage between its
 * tables) and whole glossaries, written as the same `*.catalog.kts` definition `client.export` writes for Atlan, which
 * `om.trees`, `client.trees` and `bin/katalog plan|apply|migrate` take. What a tree cannot hold is listed in
 * [CatalogExport.notExported]. Java uses [ServiceExportApiFutures].
 */
public class ServiceExportApi internal constructor(private val entities: EntitiesApi, private val lineage: LineageApi) {
    /**
     * The definition of the database service named [serviceName] and of the glossaries named [glossaries]; throws a
     * `UsageException` when the service or a glossary does not exist. Each schema's tables are read as a stream of
     * their own, page by page.
     */
    public suspend fun service(serviceName: String, glossaries: List<String> = emptyList(), options: ExportOptions = ExportOptions.DEFAULT): CatalogExport =
        ServiceExport(entities, lineage, options).run(serviceName, glossaries)

    override fun toString(): String = "ServiceExportApi"
}
