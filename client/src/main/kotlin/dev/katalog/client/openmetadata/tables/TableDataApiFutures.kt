package dev.katalog.client.openmetadata.tables

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.api.data.CreateTableProfile
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.ColumnProfile
import dev.katalog.model.openmetadata.type.EntityUsage
import dev.katalog.model.openmetadata.type.TableData
import dev.katalog.model.openmetadata.type.TableProfile
import dev.katalog.model.openmetadata.type.TableProfilerConfig
import java.time.Instant
import java.time.LocalDate
import java.util.Optional
import java.util.concurrent.CompletableFuture

/**
 * [TableDataApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException] (or a
 * `UsageException` for a request the table's columns rule out); what may be absent is an empty [Optional].
 */
public class TableDataApiFutures internal constructor(private val api: TableDataApi, private val bridge: JavaBridge) {
    /** Replaces the table's sample rows and answers the table with them. */
    public fun putSampleData(table: Table, data: TableData): CompletableFuture<Table> = bridge.future { api.putSampleData(table, data) }

    /** The table's sample rows, empty when none were ever put. */
    public fun getSampleData(table: Table): CompletableFuture<Optional<TableData>> = bridge.future { Optional.ofNullable(api.getSampleData(table)) }

    /** Removes the table's sample rows. */
    public fun deleteSampleData(table: Table): CompletableFuture<Table> = bridge.future { api.deleteSampleData(table) }

    /** Sets how the profiler samples the table. */
    public fun putProfilerConfig(table: Table, config: TableProfilerConfig): CompletableFuture<Table> = bridge.future { api.putProfilerConfig(table, config) }

    /** The table's profiler config, empty when none was set. */
    public fun getProfilerConfig(table: Table): CompletableFuture<Optional<TableProfilerConfig>> = bridge.future { Optional.ofNullable(api.getProfilerConfig(table)) }

    /** Removes the table's profiler config. */
    public fun deleteProfilerConfig(table: Table): CompletableFuture<Table> = bridge.future { api.deleteProfilerConfig(table) }

    /** Adds a profile of the table and its columns. */
    public fun addProfile(table: Table, profile: CreateTableProfile): CompletableFuture<Table> = bridge.future { api.addProfile(table, profile) }

    /** The table's profiles taken from [from] to [to], newest first. */
    public fun tableProfiles(table: Table, from: Instant, to: Instant): CompletableFuture<List<TableProfile>> = bridge.future { api.tableProfiles(table, from, to) }

    /** The profiles of the table's column [column] taken from [from] to [to], newest first. */
    public fun columnProfiles(table: Table, column: String, from: Instant, to: Instant): CompletableFuture<List<ColumnProfile>> =
        bridge.future { api.columnProfiles(table, column, from, to) }

    /** The table with its latest profile and each column's latest. */
    public fun latestProfile(table: Table): CompletableFuture<Table> = bridge.future { api.latestProfile(table) }

    /** Sets the table's usage count of [date] to [count]. */
    public fun publishUsage(table: Table, date: LocalDate, count: Long): CompletableFuture<Void?> = bridge.run { api.publishUsage(table, date, count) }

    /** Adds [count] to the table's usage of [date]. */
    public fun addUsage(table: Table, date: LocalDate, count: Long): CompletableFuture<Void?> = bridge.run { api.addUsage(table, date, count) }

    /** The table's usage over the [days] days (1 to 30) ending on [date], latest first. */
    public fun usage(table: Table, days: Int, date: LocalDate): CompletableFuture<EntityUsage> = bridge.future { api.usage(table, days, date) }

    /** The table's usage over the [days] days (1 to 30) ending today (UTC). */
    public fun usage(table: Table, days: Int): CompletableFuture<EntityUsage> = bridge.future { api.usage(table, days) }
}
