package dev.katalog.local.openmetadata

import dev.katalog.local.openmetadata.OpenMetadataKit.sent
import dev.katalog.local.openmetadata.OpenMetadataKit.answer
import dev.katalog.local.Api
import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.checked
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import java.time.LocalDate
import java.time.ZoneOffset

/**
 * Table data kept beside the table, as open-metadata/OpenMetadata 1.4.x (openmetadata-service/src/main/java/org/
 * openmetadata/service/) serves it: `resources/databases/TableResource.java` and `jdbi3/TableRepository.java` for
 * sample data, profiler config and profiles, `resources/usage/UsageResource.java` and `jdbi3/UsageRepository.java`
 * for usage. Every request body is checked against its 1.4 schema before it is sent, every answer after.
 */
private fun JsonElement?.text(): String? = (this as? JsonPrimitive)?.content

class OpenMetadataTableDataSpec : FunSpec({
    val svc = unique("td")
    service(svc)
    database(svc, "db")
    schema("$svc.db", "s")
    val columns = """[{"name":"id","dataType":"INT"},{"name":"name","dataType":"VARCHAR","dataLength":20},
        {"name":"address","dataType":"STRUCT","children":[{"name":"city","dataType":"VARCHAR","dataLength":20}]}]"""
    val orders = table("$svc.db.s", "orders", columns)
    val id = orders.str("id")!!
    val fqn = "$svc.db.s.orders"
    val missing = "00000000-0000-0000-0000-000000000000"

    // The request, checked against the 1.4 schema the server validates it with.

    fun valid(schema: String, json: String) {
        val problems = OpenMetadataSchemas.validate(schema, json)
        if (problems.isNotEmpty()) fail("An answer is invalid against $schema: $problems\n$json")
    }

    fun tableAnswer(answer: Api.Answer): JsonObject {
        if (answer.status != 200) fail("expected 200, got $answer")
        return checked("table", answer.json)
    }

    val tableData = "entity/data/table.json#/definitions/tableData"
    val profilerConfig = "entity/data/table.json#/definitions/tableProfilerConfig"
    val createProfile = "api/data/createTableProfile.json"
    val dailyCount = "type/dailyCount.json"

    test("sample data: put, read back, replaced by the next put, deleted (TableRepository.addSampleData, getSampleData)") {
        val body = sent(tableData, """{"columns":["id","name"],"rows":[[1,"Ada"],[2,null]]}""")
        val put = tableAnswer(api.put("/api/v1/tables/$id/sampleData", body))
        put.at("sampleData", "columns").list().map { it.text() } shouldContainExactly listOf("id", "name")
        put["version"] shouldBe orders["version"]
        val read = tableAnswer(api.get("/api/v1/tables/$id/sampleData"))
        read.at("sampleData", "rows").toString() shouldBe """[[1,"Ada"],[2,null]]"""
        tableAnswer(api.put("/api/v1/tables/$id/sampleData", sent(tableData, """{"columns":["id"],"rows":[[3]]}""")))
        tableAnswer(api.get("/api/v1/tables/$id/sampleData")).at("sampleData", "rows").toString() shouldBe "[[3]]"
        // Sample data is not part of the entity: a plain read does not carry it.
        tableAnswer(api.get("/api/v1/tables/$id")).containsKey("sampleData") shouldBe false
        tableAnswer(api.delete("/api/v1/tables/$id/sampleData"))
        tableAnswer(api.get("/api/v1/tables/$id/sampleData")).containsKey("sampleData") shouldBe false
    }

    test("sample data naming a column the table lacks, or a row of the wrong width, is a 400 with the server's message") {
        error(api.put("/api/v1/tables/$id/sampleData", sent(tableData, """{"columns":["id","price"],"rows":[[1,2]]}""")), 400) shouldBe "Invalid column name price"
        // validateColumn looks at top-level columns only: a nested column's name is not one.
        error(api.put("/api/v1/tables/$id/sampleData", sent(tableData, """{"columns":["city"],"rows":[]}""")), 400) shouldBe "Invalid column name city"
        error(api.put("/api/v1/tables/$id/sampleData", sent(tableData, """{"columns":["id","name"],"rows":[[1]]}""")), 400) shouldBe
            "Number of columns is 2 but row has 1 sample values"
        error(api.put("/api/v1/tables/$id/sampleData", """{"columns":["id"],"rows":[[1]],"extra":true}"""), 400) shouldContain "extra"
    }

    test("an unknown table is a 404 for every table data call") {
        error(api.put("/api/v1/tables/$missing/sampleData", sent(tableData, """{"columns":[],"rows":[]}""")), 404) shouldBe "table instance for $missing not found"
        error(api.get("/api/v1/tables/$missing/sampleData"), 404)
        error(api.put("/api/v1/tables/$missing/tableProfilerConfig", sent(profilerConfig, """{"profileSample":10}""")), 404)
        error(api.get("/api/v1/tables/$missing/tableProfilerConfig"), 404)
        error(api.put("/api/v1/tables/$missing/tableProfile", sent(createProfile, """{"tableProfile":{"timestamp":1}}""")), 404)
        error(api.get("/api/v1/tables/${enc("$svc.db.s.nothing")}/tableProfile/latest"), 404)
        error(api.post("/api/v1/usage/table/$missing", sent(dailyCount, """{"count":1,"date":"2024-05-01"}""")), 404)
        error(api.get("/api/v1/usage/table/$missing"), 404)
    }

    test("profiler config: put, read, on fields=tableProfilerConfig, deleted; unknown columns and percentages over 100 are 400s") {
        val config = sent(profilerConfig, """{"profileSampleType":"PERCENTAGE","profileSample":25.5,"excludeColumns":["name"],"includeColumns":[{"columnName":"id","metrics":["nullCount"]}]}""")
        tableAnswer(api.put("/api/v1/tables/$id/tableProfilerConfig", config)).at("tableProfilerConfig", "profileSample").toString() shouldBe "25.5"
        tableAnswer(api.get("/api/v1/tables/$id/tableProfilerConfig")).at("tableProfilerConfig", "excludeColumns").list().map { it.text() } shouldContainExactly listOf("name")
        tableAnswer(api.get("/api/v1/tables/$id?fields=tableProfilerConfig")).at("tableProfilerConfig", "profileSampleType").text() shouldBe "PERCENTAGE"
        tableAnswer(api.get("/api/v1/tables/$id")).containsKey("tableProfilerConfig") shouldBe false

        error(api.put("/api/v1/tables/$id/tableProfilerConfig", sent(profilerConfig, """{"excludeColumns":["price"]}""")), 400) shouldBe "Invalid column name price"
        error(api.put("/api/v1/tables/$id/tableProfilerConfig", sent(profilerConfig, """{"includeColumns":[{"columnName":"price"}]}""")), 400) shouldBe "Invalid column name price"
        // EntityUtil.validateProfileSample: only a PERCENTAGE is bounded.
        error(api.put("/api/v1/tables/$id/tableProfilerConfig", sent(profilerConfig, """{"profileSampleType":"PERCENTAGE","profileSample":150}""")), 400) shouldBe
            "Profile sample value must be between 0 and 100"
        tableAnswer(api.put("/api/v1/tables/$id/tableProfilerConfig", sent(profilerConfig, """{"profileSampleType":"ROWS","profileSample":150}""")))

        tableAnswer(api.delete("/api/v1/tables/$id/tableProfilerConfig")).containsKey("tableProfilerConfig") shouldBe false
        tableAnswer(api.get("/api/v1/tables/$id/tableProfilerConfig")).containsKey("tableProfilerConfig") shouldBe false
    }

    test("profiles: added by id, listed by FQN in a time range newest first, the latest on /tableProfile/latest with each column's") {
        for ((ts, rows) in listOf(1_000L to 10, 2_000L to 20, 3_000L to 30)) {
            val body = sent(createProfile, """{"tableProfile":{"timestamp":$ts,"rowCount":$rows,"columnCount":3},
                "columnProfile":[{"name":"id","timestamp":$ts,"nullCount":0},{"name":"address.city","timestamp":$ts,"distinctCount":${rows / 10}}]}""")
            tableAnswer(api.put("/api/v1/tables/$id/tableProfile", body)).at("profile", "rowCount").toString() shouldBe "$rows"
        }
        val profiles = api.get("/api/v1/tables/${enc(fqn)}/tableProfile?startTs=1500&endTs=3000").obj
        profiles["data"].list().map { it.str("timestamp") } shouldContainExactly listOf("3000", "2000")
        valid("type/paging.json", profiles["paging"].toString())
        profiles["data"].list().forEach { valid("entity/data/table.json#/definitions/tableProfile", it.toString()) }
        profiles.at("paging", "total").toString() shouldBe "2"
        // ResultList(data, startTs, endTs, total): the range comes back as the paging cursors.
        profiles.at("paging", "before").text() shouldBe "1500"
        profiles.at("paging", "after").text() shouldBe "3000"

        val city = api.get("/api/v1/tables/${enc("$fqn.address.city")}/columnProfile?startTs=0&endTs=2500").obj
        city["data"].list().map { it.str("distinctCount") } shouldContainExactly listOf("2", "1")

        val latest = tableAnswer(api.get("/api/v1/tables/${enc(fqn)}/tableProfile/latest"))
        latest.at("profile", "timestamp").toString() shouldBe "3000"
        latest["columns"].list().first().jsonObject.at("profile", "timestamp").toString() shouldBe "3000"
        latest["columns"].list()[2].jsonObject["children"].list().single().jsonObject.at("profile", "distinctCount").toString() shouldBe "3"
        // setFields never fills profile: fields=profile is accepted and answers none.
        tableAnswer(api.get("/api/v1/tables/$id?fields=profile")).containsKey("profile") shouldBe false
    }

    test("a profile naming an unknown column is a 400, after the table profile before it was stored (addTableProfileData has no transaction)") {
        val body = sent(createProfile, """{"tableProfile":{"timestamp":9000,"rowCount":90},"columnProfile":[{"name":"price","timestamp":9000}]}""")
        error(api.put("/api/v1/tables/$id/tableProfile", body), 400) shouldBe "Invalid column name price"
        api.get("/api/v1/tables/${enc(fqn)}/tableProfile?startTs=9000&endTs=9000").obj["data"].list().single().str("rowCount") shouldBe "90"
    }

    test("profile lists need startTs and endTs; an unknown FQN lists nothing (the server looks the FQN up in its time series only)") {
        error(api.get("/api/v1/tables/${enc(fqn)}/tableProfile?endTs=1"), 400) shouldBe "[query param startTs must not be null]"
        error(api.get("/api/v1/tables/${enc(fqn)}/columnProfile?startTs=1"), 400) shouldBe "[query param endTs must not be null]"
        api.get("/api/v1/tables/${enc("$svc.db.s.nothing")}/tableProfile?startTs=0&endTs=1").obj["data"].list().size shouldBe 0
    }

    test("usage: POST sets a day's count, PUT adds to it, rolling sums over 7 and 30 days, usageSummary the latest day") {
        val other = table("$svc.db.s", "customers")
        val day = LocalDate.of(2024, 5, 10)
        val event = answer("type/changeEvent.json", api.post("/api/v1/usage/table/$id", sent(dailyCount, """{"count":5,"date":"${day.minusDays(8)}"}""")), 201)
        event.str("eventType") shouldBe "entityUpdated"
        event.str("entityId") shouldBe id
        answer("type/changeEvent.json", api.post("/api/v1/usage/table/$id", sent(dailyCount, """{"count":3,"date":"${day.minusDays(1)}"}""")), 201)
        answer("type/changeEvent.json", api.post("/api/v1/usage/table/$id", sent(dailyCount, """{"count":4,"date":"$day"}""")), 201)
        // PUT adds to the day's count; POST replaces it.
        answer("type/changeEvent.json", api.put("/api/v1/usage/table/$id", sent(dailyCount, """{"count":2,"date":"$day"}""")), 201)
        answer("type/changeEvent.json", api.post("/api/v1/usage/table/${other.str("id")}", sent(dailyCount, """{"count":100,"date":"$day"}""")), 201)

        val usage = answer("type/entityUsage.json", api.get("/api/v1/usage/table/$id?days=30&date=$day"))
        usage.at("entity", "id").text() shouldBe id
        val days = usage["usage"].list().map { it.jsonObject }
        days.map { it.str("date") } shouldContainExactly listOf("$day", "${day.minusDays(1)}", "${day.minusDays(8)}")
        days[0].at("dailyStats", "count").toString() shouldBe "6"
        days[0].at("weeklyStats", "count").toString() shouldBe "9"
        days[0].at("monthlyStats", "count").toString() shouldBe "14"
        // Ranked among the tables used that day: orders (6) below customers (100).
        days[0].at("dailyStats", "percentileRank").toString() shouldBe "0.0"
        answer("type/entityUsage.json", api.get("/api/v1/usage/table/${other.str("id")}?date=$day"))["usage"].list().single().at("dailyStats", "percentileRank").toString() shouldBe "100.0"
        api.get("/api/v1/usage/table/$id?days=1&date=$day").obj["usage"].list().size shouldBe 1

        val summary = tableAnswer(api.get("/api/v1/tables/$id?fields=usageSummary"))["usageSummary"]!!.jsonObject
        summary.str("date") shouldBe "$day"
        summary.at("dailyStats", "count").toString() shouldBe "6"
        // A table's usage counts for its schema and database too.
        val schemaId = orders.at("databaseSchema", "id").text()!!
        api.get("/api/v1/usage/databaseSchema/$schemaId?date=$day").obj["usage"].list().single().at("dailyStats", "count").toString() shouldBe "106"
    }

    test("a table never used has a zero usageSummary dated today; days outside 1 to 30 are a 400") {
        val unused = table("$svc.db.s", "unused")
        val summary = tableAnswer(api.get("/api/v1/tables/${unused.str("id")}?fields=usageSummary"))["usageSummary"]!!.jsonObject
        summary.at("dailyStats", "count").toString() shouldBe "0"
        summary.str("date") shouldBe LocalDate.now(ZoneOffset.UTC).toString()
        error(api.get("/api/v1/usage/table/$id?days=31"), 400) shouldBe "[query param days must be less than or equal to 30]"
        error(api.get("/api/v1/usage/table/$id?days=0"), 400) shouldBe "[query param days must be greater than or equal to 1]"
        error(api.post("/api/v1/usage/table/$id", """{"count":-1,"date":"2024-05-01"}"""), 400) shouldContain "count"
    }

    test("usage of a soft-deleted table is a 404 (UsageRepository.create reads it NON_DELETED); of a database, a 500") {
        val dropped = table("$svc.db.s", "dropped")
        api.delete("/api/v1/tables/${dropped.str("id")}").status shouldBe 200
        error(api.post("/api/v1/usage/table/${dropped.str("id")}", sent(dailyCount, """{"count":1,"date":"2024-05-01"}""")), 404)
        val databaseId = orders.at("database", "id").text()!!
        error(api.post("/api/v1/usage/database/$databaseId", sent(dailyCount, """{"count":1,"date":"2024-05-01"}""")), 500) shouldBe "Entity type database not supported"
    }

    test("a hard-deleted table has no table data to read") {
        val gone = table("$svc.db.s", "gone")
        val goneId = gone.str("id")!!
        tableAnswer(api.put("/api/v1/tables/$goneId/sampleData", sent(tableData, """{"columns":["id"],"rows":[[1]]}""")))
        api.delete("/api/v1/tables/$goneId?hardDelete=true").status shouldBe 200
        error(api.get("/api/v1/tables/$goneId/sampleData"), 404)
        error(api.get("/api/v1/tables/${enc("$svc.db.s.gone")}/tableProfile/latest"), 404)
    }
})
