package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking

/** Search with typed fields and stream every result: large tables, then every column of one of them. */
object SearchAndStream {
    suspend fun run(client: AtlanClient): List<String> {
        // A typed search: only operators the index supports compile (ROW_COUNT is numeric, NAME is keyword + text).
        val big = client.search.stream(Table) {
            where(Table.ROW_COUNT gt 1_000_000)
            where(Table.NAME startsWith "ORD")
            include(Table.ROW_COUNT)
            sort(Table.ROW_COUNT.desc())
        }.toList()
        val lines = big.map { "${it.qualifiedName}: ${it.rowCount} rows" }.toMutableList()
        // stream() pages lazily, fetching the next page while this one is processed; stop collecting to stop paging.
        // Results carry qualifiedName and name; include() asks for more attributes.
        val first = big.firstOrNull() ?: return lines
        client.search.stream(Column) { where(Column.TABLE_QUALIFIED_NAME eq first.qualifiedName!!); include(Column.ORDER, Column.DATA_TYPE); pageSize(100) }
            .collect { lines += "  ${it.order}. ${it.name} ${it.dataType}" }
        return lines
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { run(client).forEach(::println) } }
}
