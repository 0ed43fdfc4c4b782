// Gives every table of a connection that has no description a placeholder one, in a batch.
// Run: bin/katalog script examples/scripts/describe-undocumented.main.kts <connection qualifiedName>
runBlocking {
    val summary = client.assets.batch {
        client.search.stream(Table) {
            where(Table.CONNECTION_QUALIFIED_NAME eq args.first())
            whereNot(Table.DESCRIPTION.hasAnyValue())
        }.collect { add(Table.updater(it.qualifiedName!!, it.name!!).description("To be documented").build()) }
    }
    println("described ${summary.updatedCount} tables")
}
