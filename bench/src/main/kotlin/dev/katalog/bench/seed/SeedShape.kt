package dev.katalog.bench.seed

/**
 * The shape of a deterministic connection tree of about [assets] assets: 2 databases, schemas and
 * tables in proportion, 40 columns per table. The same [assets] and [seed] give the same names.
 */
public class SeedShape(public val assets: Int, public val seed: Long = 7) {
    public val databases: Int = 2
    public val schemasPerDatabase: Int = maxOf(1, minOf(20, assets / 20_000 + 2))
    public val columnsPerTable: Int = 40
    public val tables: Int = maxOf(1, (assets - 1 - databases - databases * schemasPerDatabase) / (columnsPerTable + 1))

    /** The exact number of assets the tree has. */
    public val total: Int get() = 1 + databases + databases * schemasPerDatabase + tables * (1 + columnsPerTable)

    init {
        require(assets >= 100) { "Seed at least 100 assets, not $assets" }
    }
}
