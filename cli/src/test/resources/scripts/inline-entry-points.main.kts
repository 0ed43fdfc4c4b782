// Every public inline or reified function of the SDK, inlined into a script compiled for the SDK's JVM target.
// args: a connection name, then the catalog's base URL and token for the OpenMetadata client.
import dev.katalog.model.openmetadata.entity.data.Table as OmTable

val (name, baseUrl, token) = args
val tree = catalog {
    connection(name, Connector.POSTGRES) {
        adminUsers("admin")
        database("DB") { schema("S") { table("ORDERS") { column("ID", dataType = "NUMBER") } } }
    }
}
runBlocking {
    client.trees.apply(tree)
    val qn = client.trees.plan(tree).connections.getValue(name)
    val request = search<Table> { where(Table.QUALIFIED_NAME startsWith qn) }
    val decoded = KatalogJson.decode<IndexSearchRequest>(KatalogJson.encode(request))
    val found = client.search.stream(decoded).toList()
    val orders = client.assets.get(Table, "$qn/DB/S/ORDERS")
    client.assets.save(Table.updater(orders.qualifiedName!!, orders.name!!).certificateStatus(CertificateStatus.VERIFIED).build())
    val streamed = client.search.stream<Table> { where(Table.CONNECTION_QUALIFIED_NAME eq qn) }.toList()
    val nope = client.assets.getOrNull<Table>("$qn/DB/S/NOPE")
    println("atlan: ${found.size} found, ${streamed.single().name} ${client.assets.get<Table>(orders.qualifiedName!!).certificateStatus} $nope")
    OpenMetadataClient(baseUrl, token).use { om ->
        om.trees.apply(tree)
        val fqn = Fqn.build(name, "DB", "S", "ORDERS")
        val table = om.entities.getByName<OmTable>(fqn, fields = listOf("columns"))
        val byId = om.entities.getById<OmTable>(table.id)
        val missing = om.entities.getByNameOrNull<OmTable>("$fqn-missing")
        val missingId = om.entities.getByIdOrNull<OmTable>("00000000-0000-0000-0000-000000000000")
        val listed = om.entities.list<OmTable>(mapOf("databaseSchema" to Fqn.build(name, "DB", "S"))).toList()
        println("openmetadata: ${byId.name} with ${table.columns.orEmpty().size} column, ${listed.size} listed, missing $missing $missingId")
    }
}
