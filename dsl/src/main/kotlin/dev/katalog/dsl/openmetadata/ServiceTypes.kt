package dev.katalog.dsl.openmetadata

import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType

/** The OpenMetadata database service type of each connector that catalogues databases. */
internal object ServiceTypes {
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

    fun of(connector: Connector): DatabaseServiceType? = byConnector[connector]

    val supported: List<Connector> get() = byConnector.keys.toList()
}
