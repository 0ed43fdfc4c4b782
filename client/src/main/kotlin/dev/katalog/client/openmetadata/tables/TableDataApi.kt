package dev.katalog.client.openmetadata.tables

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.api.data.CreateTableProfile
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.ColumnProfile
import dev.katalog.model.openmetadata.type.DailyCount
import dev.katalog.model.openmetadata.type.EntityUsage
import dev.katalog.model.openmetadata.type.TableData
import dev.katalog.model.openmetadata.type.TableProfile
import dev.katalog.model.openmetadata.type.TableProfilerConfig
import io.ktor.http.HttpMethod
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import java.time.Instant
import java.time.LocalDate

/**
 * What OpenMetadata keeps beside a table (`om.tables`): sample data, profiler config, profiles and daily usage, as
 * openmetadata-service 1.4 `resources/databases/TableResource.java` and `resources/usage/UsageResource.java` serve
 * them. Each call takes the [Table] as the server returned it and checks the request against its columns before
 * sending (a `UsageException` names the column or row); an unknown or deleted table is [OpenMetadataException.NotFound].
 * Java uses [TableDataApiFutures].
 *
 * ```
 * val orders = om.entities.getByName<Table>("warehouse.sales.public.orders")
 * om.tables.putSampleData(orders, SampleData.of(listOf("id", "amount"), listOf(listOf(1, 9.5))))
 * om.tables.publishUsage(orders, LocalDate.now(), 42)
 * ```
 */
public class TableDataApi internal constructor(private val calls: OpenMetadataCalls) {

    /** Replaces the table's sample rows (`PUT /tables/{id}/sampleData`) and answers the table with them. */
    public suspend fun putSampleData(table: Table, data: TableData): Table {
        TableDataChecks.sampleData(table, data)
        return send(HttpMethod.Put, "${tablePath(table)}/sampleData", TableData.serializer(), data)
    }

    /** The table's sample rows (`GET /tables/{id}/sampleData`); null when none were ever put. */
    public suspend fun getSampleData(table: Table): TableData? =
        calls.decode(Table.serializer(), calls.call(HttpMethod.Get, "${tablePath(table)}/sampleData")).sampleData

    /** Removes the table's sample rows (`DELETE /tables/{id}/sampleData`). */
    public suspend fun deleteSampleData(table: Table): Table =
        calls.decode(Table.serializer(), calls.call(HttpMethod.Delete, "${tablePath(table)}/sampleData"))

    /** Sets how the profiler samples the table (`PUT /tables/{id}/tableProfilerConfig`) and answers the table with it. */
    public suspend fun putProfilerConfig(table: Table, config: TableProfilerConfig): Table {
        TableDataChecks.profilerConfig(table, config)
        return send(HttpMethod.Put, "${tablePath(table)}/tableProfilerConfig", TableProfilerConfig.serializer(), config)
    }

    /** The table's profiler config (`GET /tables/{id}/tableProfilerConfig`); null when none was set. */
    public suspend fun getProfilerConfig(table: Table): TableProfilerConfig? =
        calls.decode(Table.serializer(), calls.call(HttpMethod.Get, "${tablePath(table)}/tableProfilerConfig")).tableProfilerConfig

    /** Removes the table's profiler config (`DELETE /tables/{id}/tableProfilerConfig`). */
    public suspend fun deleteProfilerConfig(table: Table): Table =
        calls.decode(Table.serializer(), calls.call(HttpMethod.Delete, "${tablePath(table)}/tableProfilerConfig"))

    /**
     * Adds a profile of the table and of its columns (`PUT /tables/{id}/tableProfile`), a nested column named by its
     * path from the top (`parent.child`); answers the table with [profile]'s table profile. Every column is checked
     * first: the server would store the table profile and then refuse the unknown column.
     */
    public suspend fun addProfile(table: Table, profile: CreateTableProfile): Table {
        TableDataChecks.profile(table, profile)
        return send(HttpMethod.Put, "${tablePath(table)}/tableProfile", CreateTableProfile.serializer(), profile)
    }

    /** The table's profiles taken from [from] to [to] (both included), newest first (`GET /tables/{fqn}/tableProfile`). */
    public suspend fun tableProfiles(table: Table, from: Instant, to: Instant): List<TableProfile> =
        results(TableProfile.serializer(), "/tables/${pathSegment(TableDataChecks.fqn(table))}/tableProfile", from, to)

    /**
     * The profiles of [table]'s column [column] (its name, or `parent.child` for a nested one) taken from [from] to
     * [to], newest first (`GET /tables/{columnFqn}/columnProfile`).
     */
    public suspend fun columnProfiles(table: Table, column: String, from: Instant, to: Instant): List<ColumnProfile> {
        val found = TableDataChecks.column(table.columns, column) ?: throw UsageException(
            "$column is not a column of ${TableDataChecks.fqn(table)} (it has ${table.columns.joinToString(", ") { it.name }})",
            "Name a column of the table; a nested one by its path from the top, parent.child",
        )
        val columnFqn = found.fullyQualifiedName ?: throw UsageException(
            "The column $column of ${table.name} has no fullyQualifiedName", "Pass the table as the server returned it (entities.getByName)",
        )
        return results(ColumnProfile.serializer(), "/tables/${pathSegment(columnFqn)}/columnProfile", from, to)
    }

    /**
     * The table with its latest profile in `profile` and each column's latest in the column's `profile`
     * (`GET /tables/{fqn}/tableProfile/latest`). OpenMetadata 1.4 fills `profile` only here, never on `fields=profile`.
     */
    public suspend fun latestProfile(table: Table): Table =
        calls.decode(Table.serializer(), calls.call(HttpMethod.Get, "/tables/${pathSegment(TableDataChecks.fqn(table))}/tableProfile/latest"))

    /** Sets the table's usage count of [date] to [count] (`POST /usage/table/{id}`), replacing what that day had. */
    public suspend fun publishUsage(table: Table, date: LocalDate, count: Long) {
        report(HttpMethod.Post, table, date, count)
    }

    /** Adds [count] to the table's usage of [date] (`PUT /usage/table/{id}`), as a query log read in parts does. */
    public suspend fun addUsage(table: Table, date: LocalDate, count: Long) {
        report(HttpMethod.Put, table, date, count)
    }

    /**
     * The table's usage over the [days] days (1 to 30) ending on [date] (today, UTC, by default), a day per entry,
     * latest first, each with its count, its rolling 7- and 30-day sums and their percentile ranks (`GET /usage/table/{id}`).
     * The latest day alone is the table's `usageSummary` (`fields=usageSummary`).
     */
    public suspend fun usage(table: Table, days: Int = 1, date: LocalDate? = null): EntityUsage {
        UsageException.check(days in 1..MAX_USAGE_DAYS, { "Usage is read for 1 to $MAX_USAGE_DAYS days, asked for $days" }, "Pass days between 1 and $MAX_USAGE_DAYS")
        val query = listOf("days" to days.toString()) + listOfNotNull(date?.let { "date" to it.toString() })
        return calls.decode(EntityUsage.serializer(), calls.call(HttpMethod.Get, "/usage/table/${pathSegment(tableId(table))}", query))
    }

    override fun toString(): String = "TableDataApi"

    private suspend fun report(method: HttpMethod, table: Table, date: LocalDate, count: Long) {
        UsageException.check(count >= 0, { "A usage count cannot be negative, was $count" }, "Report how many times the table was used that day, 0 or more")
        val body = KatalogJson.encode(DailyCount.serializer(), DailyCount(count = count, date = date.toString()))
        calls.call(method, "/usage/table/${pathSegment(tableId(table))}", body = body)
    }

    private suspend fun <T> send(method: HttpMethod, path: String, serializer: KSerializer<T>, body: T): Table =
        calls.decode(Table.serializer(), calls.call(method, path, body = KatalogJson.encode(serializer, body)))

    private suspend fun <T> results(serializer: KSerializer<T>, path: String, from: Instant, to: Instant): List<T> {
        UsageException.check(!from.isAfter(to), { "The range starts at $from, after its end $to" }, "Pass the earlier instant first")
        val query = listOf("startTs" to from.toEpochMilli().toString(), "endTs" to to.toEpochMilli().toString())
        val answer = calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Get, path, query))
        val data = answer["data"] as? JsonArray ?: throw calls.unreadable("the answer of GET $path has no data list")
        return data.map { calls.decode(serializer, it) }
    }

    private fun tablePath(table: Table): String = "/tables/${pathSegment(tableId(table))}"

    private fun tableId(table: Table): String {
        UsageException.check(runCatching { java.util.UUID.fromString(table.id) }.isSuccess, { "The table ${table.name} has no valid id (\"${table.id.take(60)}\")" }, "Pass the table as the server returned it (entities.getByName or createOrUpdate)")
        return table.id
    }

    private companion object {
        // UsageResource: @Min(1) @Max(30) days.
        const val MAX_USAGE_DAYS = 30
    }
}
