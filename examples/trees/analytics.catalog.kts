// A declarative definition: bin/katalog plan examples/trees/analytics.catalog.kts, then apply, then plan again (empty).
catalog {
    connection("analytics", Connector.SNOWFLAKE) {
        adminUsers("admin")
        database("SALES") {
            schema("PUBLIC") {
                table("ORDERS") {
                    description = "One row per order"
                    ownerUsers("admin")
                    column("ID", dataType = "NUMBER")
                    column("AMOUNT", dataType = "DECIMAL(10,2)")
                }
                view("ORDERS_V") { column("ID", dataType = "NUMBER") }
            }
        }
    }
    glossary("Metrics") {
        category("Finance") { term("ARR") }
        term("Revenue")
    }
}
