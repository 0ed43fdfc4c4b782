package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.tables.SampleData
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.data.CreateTableProfile
import dev.katalog.model.openmetadata.entity.data.ProfileSampleType
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.ColumnProfile
import dev.katalog.model.openmetadata.type.ColumnProfilerConfig
import dev.katalog.model.openmetadata.type.TableData
import dev.katalog.model.openmetadata.type.TableProfile
import dev.katalog.model.openmetadata.type.TableProfilerConfig
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant
import java.time.LocalDate
import java.util.UUID

/**
 * `om.tables` against the local catalog over HTTP, every request validated against OpenMetadata 1.4's schemas on the
 * way out: sample data, profiler config, profiles and usage, and the bad input refused before anything is sent.
 */
class OpenMetadataTableDataClientSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    lateinit var orders: Table

    beforeSpec {
        val svc = "td_$suffix"
        om.createServiceSchema(svc)
        orders = om.entities.createOrUpdate(
            CreateTable(
                name = "orders", databaseSchema = "$svc.db.s",
                columns = listOf(
                    Column(name = "id", dataType = ColumnDataType.BIGINT),
                    Column(name = "amount", dataType = ColumnDataType.DOUBLE),
                    Column(name = "address", dataType = ColumnDataType.STRUCT, children = listOf(Column(name = "city", dataType = ColumnDataType.VARCHAR, dataLength = 40))),
                ),
            ),
        )
    }

    test("sample data: put from plain values, read back, deleted") {
        val put = om.tables.putSampleData(orders, SampleData.of(listOf("id", "amount"), listOf(listOf(1, 9.5), listOf(2, null))))
        put.sampleData!!.rows!![1] shouldContainExactly listOf(JsonPrimitive(2), JsonNull)
        val read = om.tables.getSampleData(orders)!!
        read.columns shouldContainExactly listOf("id", "amount")
        read.rows!!.map { it[0] } shouldContainExactly listOf(JsonPrimitive(1), JsonPrimitive(2))
        om.tables.deleteSampleData(orders)
        om.tables.getSampleData(orders) shouldBe null
    }

    test("sample data with a row of another width, or a column the table lacks, is a UsageException before sending") {
        val before = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> { SampleData.of(listOf("id", "amount"), listOf(listOf(1))) }.problem shouldContain "row 0 has 1 values for 2 columns"
        val wide = TableData(columns = listOf("id"), rows = listOf(listOf(JsonPrimitive(1), JsonPrimitive(2))))
        shouldThrow<UsageException> { om.tables.putSampleData(orders, wide) }.problem shouldContain "row 0"
        val unknown = TableData(columns = listOf("price"), rows = emptyList())
        shouldThrow<UsageException> { om.tables.putSampleData(orders, unknown) }.problem shouldContain "price, which is not a column"
        // A nested column is not a sample data column: the server checks top-level names only.
        shouldThrow<UsageException> { om.tables.putSampleData(orders, TableData(columns = listOf("city"), rows = emptyList())) }
        shouldThrow<UsageException> { SampleData.of(listOf("at"), listOf(listOf(Instant.EPOCH))) }.fix shouldContain "strings"
        OutgoingRequestValidator.validated.size shouldBe before
    }

    test("profiler config: put, read, deleted; a percentage over 100 and an unknown column refused before sending") {
        val config = TableProfilerConfig(
            profileSampleType = ProfileSampleType.PERCENTAGE, profileSample = 20.0,
            excludeColumns = listOf("amount"), includeColumns = listOf(ColumnProfilerConfig(columnName = "id", metrics = listOf("nullCount"))),
        )
        om.tables.putProfilerConfig(orders, config).tableProfilerConfig!!.profileSample shouldBe 20.0
        om.tables.getProfilerConfig(orders)!!.excludeColumns shouldContainExactly listOf("amount")
        om.entities.getById<Table>(orders.id, fields = listOf("tableProfilerConfig")).tableProfilerConfig!!.includeColumns!!.single().columnName shouldBe "id"
        om.tables.deleteProfilerConfig(orders)
        om.tables.getProfilerConfig(orders) shouldBe null

        shouldThrow<UsageException> { om.tables.putProfilerConfig(orders, TableProfilerConfig(profileSample = 150.0)) }.problem shouldContain "between 0 and 100"
        om.tables.putProfilerConfig(orders, TableProfilerConfig(profileSampleType = ProfileSampleType.ROWS, profileSample = 150.0)).tableProfilerConfig!!.profileSample shouldBe 150.0
        shouldThrow<UsageException> { om.tables.putProfilerConfig(orders, TableProfilerConfig(excludeColumns = listOf("price"))) }.problem shouldContain "excludeColumns names price"
    }

    test("profiles: added, listed in a time range newest first, per column, and the latest with each column's") {
        for ((at, rows) in listOf(1_000L to 10.0, 2_000L to 20.0, 3_000L to 30.0)) {
            val profile = CreateTableProfile(
                tableProfile = TableProfile(timestamp = at, rowCount = rows, columnCount = 3.0),
                columnProfile = listOf(ColumnProfile(name = "id", timestamp = at, nullCount = 0.0), ColumnProfile(name = "address.city", timestamp = at, distinctCount = rows / 10)),
            )
            om.tables.addProfile(orders, profile).profile!!.rowCount shouldBe rows
        }
        om.tables.tableProfiles(orders, Instant.ofEpochMilli(1_500), Instant.ofEpochMilli(3_000)).map { it.timestamp } shouldContainExactly listOf(3_000L, 2_000L)
        om.tables.columnProfiles(orders, "address.city", Instant.EPOCH, Instant.ofEpochMilli(2_000)).map { it.distinctCount } shouldContainExactly listOf(2.0, 1.0)
        val latest = om.tables.latestProfile(orders)
        latest.profile!!.timestamp shouldBe 3_000L
        latest.columns.first().profile!!.timestamp shouldBe 3_000L
        latest.columns.last().children!!.single().profile!!.distinctCount shouldBe 3.0
    }

    test("a column profile for a column the table lacks, a column profiled twice, or a reversed range is refused before sending") {
        val before = OutgoingRequestValidator.validated.size
        val unknown = CreateTableProfile(tableProfile = TableProfile(timestamp = 9_000), columnProfile = listOf(ColumnProfile(name = "price", timestamp = 9_000)))
        shouldThrow<UsageException> { om.tables.addProfile(orders, unknown) }.problem shouldContain "price, which is not a column"
        val twice = CreateTableProfile(tableProfile = TableProfile(timestamp = 9_000), columnProfile = listOf(ColumnProfile(name = "id", timestamp = 9_000), ColumnProfile(name = "id", timestamp = 9_000)))
        shouldThrow<UsageException> { om.tables.addProfile(orders, twice) }.problem shouldContain "twice"
        shouldThrow<UsageException> { om.tables.tableProfiles(orders, Instant.ofEpochMilli(2), Instant.ofEpochMilli(1)) }
        shouldThrow<UsageException> { om.tables.columnProfiles(orders, "price", Instant.EPOCH, Instant.now()) }
        OutgoingRequestValidator.validated.size shouldBe before
        // Nothing of the refused profile reached the server.
        om.tables.tableProfiles(orders, Instant.ofEpochMilli(9_000), Instant.ofEpochMilli(9_000)) shouldBe emptyList()
    }

    test("usage: published (set), added to, read over days with rolling sums, and the table's usageSummary") {
        val day = LocalDate.of(2024, 6, 30)
        om.tables.publishUsage(orders, day.minusDays(3), 7)
        om.tables.publishUsage(orders, day, 4)
        om.tables.publishUsage(orders, day, 5)
        om.tables.addUsage(orders, day, 2)
        val usage = om.tables.usage(orders, days = 7, date = day)
        usage.entity.id shouldBe orders.id
        usage.usage.map { it.date } shouldContainExactly listOf("$day", "${day.minusDays(3)}")
        usage.usage.first().dailyStats.count shouldBe 7L
        usage.usage.first().weeklyStats!!.count shouldBe 14L
        om.entities.getById<Table>(orders.id, fields = listOf("usageSummary")).usageSummary!!.dailyStats.count shouldBe 7L

        shouldThrow<UsageException> { om.tables.usage(orders, days = 31) }
        shouldThrow<UsageException> { om.tables.publishUsage(orders, day, -1) }
    }

    test("a table deleted meanwhile is a NotFound") {
        val gone = om.entities.createOrUpdate(CreateTable(name = "gone", databaseSchema = orders.databaseSchema!!.fullyQualifiedName!!, columns = listOf(Column(name = "id", dataType = ColumnDataType.INT))))
        om.entities.delete(gone, hardDelete = true)
        shouldThrow<OpenMetadataException.NotFound> { om.tables.getSampleData(gone) }
        shouldThrow<OpenMetadataException.NotFound> { om.tables.usage(gone) }
    }
})
