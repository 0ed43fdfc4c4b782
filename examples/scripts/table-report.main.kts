// Lists the tables of a connection with their column counts.
// Run: bin/katalog script examples/scripts/table-report.main.kts <connection qualifiedName>
// `client` (configured from --base-url/--api-token or ATLAN_*) and `args` are in scope; the SDK is imported.
runBlocking {
    client.search.stream(Table) { where(Table.CONNECTION_QUALIFIED_NAME eq args.first()); sort(Table.NAME.asc()) }.collect { table ->
        val columns = client.search.count(search { where(Column.TABLE_QUALIFIED_NAME eq table.qualifiedName!!) })
        println("${table.name}: $columns columns")
    }
}
