// The shop's warehouse, applied by ShopCatalogTest before its tests (README: "Test your code against a local catalog").
catalog {
    connection("shop", connector = Connector.SNOWFLAKE) {
        adminUsers("admin")
        database("SHOP") {
            schema("SALES") {
                table("ORDERS") {
                    description = "One row per order"
                    column("ID", dataType = "NUMBER")
                    column("AMOUNT", dataType = "DECIMAL(10,2)")
                }
            }
        }
    }
}
