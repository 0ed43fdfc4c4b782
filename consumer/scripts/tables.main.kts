// A standard Kotlin script: `kotlin tables.main.kts BASE_URL API_TOKEN CONNECTION_QN` runs it,
// resolving Katalog from the local Maven repository.
@file:DependsOn("dev.katalog:katalog-client:0.1.0-SNAPSHOT")

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

val (baseUrl, apiToken, connectionQn) = args

AtlanClient(baseUrl, apiToken).use { client ->
    runBlocking {
        val request = search<Table> {
            where(Table.CONNECTION_QUALIFIED_NAME eq connectionQn)
            sort(Table.NAME.asc())
        }
        client.search.page(request).entities.orEmpty().forEach { println("table ${it.name}") }
        val orders = client.assets.get<Table>("$connectionQn/SALES/PUBLIC/ORDERS")
        println("ORDERS: ${orders.description}")
    }
}
