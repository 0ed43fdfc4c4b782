package dev.katalog.model.atlan.asset

/**
 * A source system a connection catalogues, with the Atlan connection category it implies.
 * The constants are the connectors this SDK knows; [of] accepts any name (an unknown one is reported
 * by tree validation and refused by connection creators).
 */
public class Connector private constructor(
    /** The connector name as Atlan writes it, e.g. `snowflake`. */
    public val value: String,
    /** The connection category (`warehouse`, `bi`…), or null for a connector this SDK does not know. */
    public val category: String?,
) {
    /** True when this SDK knows the connector. */
    public val isKnown: Boolean get() = category != null

    override fun equals(other: Any?): Boolean = other is Connector && other.value == value
    override fun hashCode(): Int = value.hashCode()
    override fun toString(): String = value

    public companion object {
        private val known = LinkedHashMap<String, Connector>()
        private fun known(value: String, category: String) = Connector(value, category).also { known[value] = it }

        @JvmField public val SNOWFLAKE: Connector = known("snowflake", "warehouse")
        @JvmField public val BIGQUERY: Connector = known("bigquery", "warehouse")
        @JvmField public val REDSHIFT: Connector = known("redshift", "warehouse")
        @JvmField public val DATABRICKS: Connector = known("databricks", "lake")
        @JvmField public val POSTGRES: Connector = known("postgres", "database")
        @JvmField public val MYSQL: Connector = known("mysql", "database")
        @JvmField public val ORACLE: Connector = known("oracle", "database")
        @JvmField public val MSSQL: Connector = known("mssql", "database")
        @JvmField public val HIVE: Connector = known("hive", "database")
        @JvmField public val ATHENA: Connector = known("athena", "query-engine")
        @JvmField public val TRINO: Connector = known("trino", "query-engine")
        @JvmField public val PRESTO: Connector = known("presto", "query-engine")
        @JvmField public val DBT: Connector = known("dbt", "elt")
        @JvmField public val TABLEAU: Connector = known("tableau", "bi")
        @JvmField public val LOOKER: Connector = known("looker", "bi")
        @JvmField public val POWERBI: Connector = known("powerbi", "bi")
        @JvmField public val S3: Connector = known("s3", "objectstore")
        @JvmField public val GCS: Connector = known("gcs", "objectstore")

        /** Every connector this SDK knows. */
        @JvmStatic
        public fun known(): List<Connector> = known.values.toList()

        /** The connector named [value]: a known one, or an unknown one that validation reports. */
        @JvmStatic
        public fun of(value: String): Connector = known[value] ?: Connector(value, null)
    }
}
