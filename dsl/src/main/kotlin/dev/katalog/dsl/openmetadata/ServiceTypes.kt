package dev.katalog.dsl.openmetadata

import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType

/**
 * The OpenMetadata database service type of each connector that catalogues databases, both ways: a tree's connection
 * becomes a service of [of]'s type, and an exported service becomes a connection of [connectorOf]'s connector.
 */
public object ServiceTypes {
    private val byConnector: Map<Connector, DatabaseServiceType> = mapOf(
        Connector.SNOWFLAKE to DatabaseServiceType.Snowflake,
        Connector.BIGQUERY to DatabaseServiceType.BigQuery,
        Connector.REDSHIFT to DatabaseServiceType.Redshift,
        Connector.DATABRICKS to DatabaseServiceType.Databricks,
        Connector.POSTGRES to DatabaseServiceType.Postgres,
        Connector.MYSQL to DatabaseServiceType.Mysql,
        Connector.ORACLE to DatabaseServiceType.Oracle,
        Connector.MSSQL to DatabaseServiceType.Mssql,
        Connector.HIVE to DatabaseServiceType.Hive,
        Connector.ATHENA to DatabaseServiceType.Athena,
        Connector.TRINO to DatabaseServiceType.Trino,
        Connector.PRESTO to DatabaseServiceType.Presto,
        Connector.DBT to DatabaseServiceType.Dbt,
    )
    private val byServiceType: Map<DatabaseServiceType, Connector> = byConnector.entries.associate { (connector, type) -> type to connector }

    /** The service type a connection of [connector] becomes, or null when OpenMetadata has no database service for it. */
    @JvmStatic
    public fun of(connector: Connector): DatabaseServiceType? = byConnector[connector]

    /** The connector of a service of [type], or null when no connector maps to it. */
    @JvmStatic
    public fun connectorOf(type: DatabaseServiceType): Connector? = byServiceType[type]

    /** The connectors that map to a database service type. */
    @JvmStatic
    public val supported: List<Connector> get() = byConnector.keys.toList()
}
