package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.longOrNull
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.format.DateTimeParseException
import java.util.UUID

/**
 * Daily usage counts, as openmetadata-service 1.4 `resources/usage/UsageResource.java` and `jdbi3/UsageRepository.java`
 * keep them (its `entity_usage` table): `POST /usage/{type}/{id}` sets the day's count, `PUT` adds to it; a table's
 * count is also added to its schema's and database's. Reads answer each day with the day's count, the rolling 7- and
 * 30-day sums and each one's percentile rank among the entities of that type used that day.
 */
internal class UsageService(private val index: EntityIndex, private val clock: () -> Long = System::currentTimeMillis) {

    /** `POST` ([replace]) or `PUT /usage/{type}/{id}` with a `DailyCount`; answers 201 with the server's change event. */
    suspend fun report(type: String, id: String, body: JsonElement, replace: Boolean): JsonObject {
        val request = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("A usage report is {\"date\":\"2024-05-01\",\"count\":3} ($DAILY_COUNT)")
        val problems = OpenMetadataSchemas.validate(DAILY_COUNT, request.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid usage report ($DAILY_COUNT): ${problems.joinToString("; ")}")
        val date = date(request.str("date")!!)
        val count = (request["count"] as JsonPrimitive).longOrNull!!
        // UsageRepository.create: the entity must exist and not be deleted, then its type must take usage.
        val kind = EntityKinds.ofType(type) ?: throw CatalogException.NotFound("Entity repository for ${type.take(100)} not found")
        val entity = index.get(kind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, id)
        checkReportable(kind)
        val before = summary(id)
        record(kind.type, id, date, count, replace)
        if (kind === EntityKinds.TABLE) {
            // A table's usage counts for its schema and database too, always added (insertOrUpdateCount).
            entity.obj("databaseSchema")?.str("id")?.let { record(EntityKinds.DATABASE_SCHEMA.type, it, date, count, replace = false) }
            entity.obj("database")?.str("id")?.let { record(EntityKinds.DATABASE.type, it, date, count, replace = false) }
        }
        val after = summary(id)
        return changeEvent(kind, entity, before, after)
    }

    /** `GET /usage/{type}/{id}?days&date`: the [days] (1 to 30) days up to [date] (today by default), latest first. */
    suspend fun usage(type: String, id: String, days: Int, date: String?): JsonObject {
        if (days < 1 || days > MAX_DAYS) {
            throw OpenMetadataErrors.badRequest("[query param days must be ${if (days < 1) "greater than or equal to 1" else "less than or equal to $MAX_DAYS"}]")
        }
        val kind = EntityKinds.ofType(type) ?: throw CatalogException.NotFound("Entity repository for ${type.take(100)} not found")
        val entity = index.get(kind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, id)
        val last = if (date == null) today() else date(date)
        val first = last.minusDays(days - 1L)
        val details = details(kind.type, id, first, last)
        return buildJsonObject {
            put("entity", EntityReference.of(kind.type, entity))
            putJsonArray("usage") { details.forEach { add(it) } }
        }
    }

    /**
     * The entity's latest day of usage, for `fields=usageSummary`; zero counts dated today when there is none
     * (`EntityUtil.getLatestUsage`).
     */
    suspend fun summary(id: String): JsonObject {
        val latest = index.extensions(usageQuery(null, listOf(id), null, null), "date", "desc").firstOrNull()
        val type = latest?.str("entityType") ?: return zero(today())
        val day = LocalDate.parse(latest.str("date")!!)
        return details(type, id, day, day).firstOrNull() ?: zero(day)
    }

    private suspend fun record(type: String, id: String, date: LocalDate, count: Long, replace: Boolean) {
        val documentId = "usage|$id|$date"
        val earlier = if (replace) 0L else index.extension(documentId)?.get("count")?.let { (it as? JsonPrimitive)?.longOrNull } ?: 0L
        index.putExtension(documentId, buildJsonObject {
            put("entityId", id)
            put("entityType", type)
            put("extension", USAGE)
            put("date", date.toString())
            put("count", earlier + count)
        })
    }

    // Every day of [id] from [first] to [last] with a count, latest first; sums and ranks over the entities of [type].
    private suspend fun details(type: String, id: String, first: LocalDate, last: LocalDate): List<JsonObject> {
        val rows = index.extensions(usageQuery(type, null, first.minusDays(MONTH - 1L), last), "date", "asc")
        val counts = HashMap<String, HashMap<LocalDate, Long>>()
        for (row in rows) {
            val entity = row.str("entityId") ?: continue
            val day = LocalDate.parse(row.str("date") ?: continue)
            counts.getOrPut(entity) { HashMap() }[day] = (row["count"] as? JsonPrimitive)?.longOrNull ?: 0L
        }
        val own = counts[id] ?: return emptyList()
        return own.keys.filter { it in first..last }.sortedDescending().map { day ->
            val usedThatDay = counts.values.filter { day in it }
            fun stats(window: Int) = buildJsonObject {
                val mine = sum(own, day, window)
                put("count", mine)
                put("percentileRank", percentRank(mine, usedThatDay.map { sum(it, day, window) }))
            }
            buildJsonObject {
                put("dailyStats", stats(1))
                put("weeklyStats", stats(WEEK))
                put("monthlyStats", stats(MONTH))
                put("date", day.toString())
            }
        }
    }

    private fun sum(counts: Map<LocalDate, Long>, day: LocalDate, window: Int): Long =
        (0 until window).sumOf { counts[day.minusDays(it.toLong())] ?: 0L }

    // SQL's PERCENT_RANK() × 100, as the server's computePercentile: (entities with less) / (entities − 1).
    private fun percentRank(value: Long, all: List<Long>): Double {
        if (all.size <= 1) return 0.0
        return all.count { it < value } * 100.0 / (all.size - 1)
    }

    private fun usageQuery(type: String?, ids: List<String>?, from: LocalDate?, to: LocalDate?) = buildJsonObject {
        putJsonObject("bool") {
            putJsonArray("filter") {
                add(EntityIndex.term("extension", USAGE))
                if (type != null) add(EntityIndex.term("entityType", type))
                if (ids != null) add(EntityIndex.terms("entityId", ids))
                if (from != null && to != null) add(buildJsonObject {
                    putJsonObject("range") { putJsonObject("date") { put("gte", from.toString()); put("lte", to.toString()) } }
                })
            }
        }
    }

    private fun zero(day: LocalDate): JsonObject {
        val none = buildJsonObject { put("count", 0); put("percentileRank", 0.0) }
        return buildJsonObject { put("dailyStats", none); put("weeklyStats", none); put("monthlyStats", none); put("date", day.toString()) }
    }

    private fun changeEvent(kind: EntityKind, entity: JsonObject, before: JsonObject, after: JsonObject): JsonObject {
        val version = entity["version"]!!
        val shown = JsonObject(FieldSelection.parse(kind, null).apply(entity) + ("usageSummary" to after))
        return buildJsonObject {
            put("id", UUID.randomUUID().toString())
            put("eventType", "entityUpdated")
            put("entityType", kind.type)
            put("entityId", entity.str("id"))
            put("entityFullyQualifiedName", entity.str("fullyQualifiedName"))
            put("previousVersion", version)
            put("currentVersion", version)
            // UsageRepository.getChangeEvent names the entity's last updater, not the caller.
            put("userName", entity.str("updatedBy"))
            put("timestamp", clock())
            putJsonObject("changeDescription") {
                putJsonArray("fieldsAdded") {}
                putJsonArray("fieldsUpdated") {
                    add(buildJsonObject { put("name", "usageSummary"); put("oldValue", before.toString()); put("newValue", after.toString()) })
                }
                putJsonArray("fieldsDeleted") {}
                put("previousVersion", version)
            }
            put("entity", shown)
        }
    }

    // UsageRepository.addUsage takes tables, dashboards, charts (and ML models); any other type is its UnhandledServerException, a 500.
    private fun checkReportable(kind: EntityKind) {
        if (kind.type !in setOf(EntityKinds.TABLE.type, "dashboard", "chart")) throw CatalogException.Backend("Entity type ${kind.type} not supported")
    }

    private fun date(text: String): LocalDate = try {
        LocalDate.parse(text)
    } catch (e: DateTimeParseException) {
        throw OpenMetadataErrors.badRequest("Invalid date ${text.take(40)}: dates are yyyy-MM-dd")
    }

    private fun today(): LocalDate = java.time.Instant.ofEpochMilli(clock()).atZone(ZoneOffset.UTC).toLocalDate()

    private companion object {
        const val USAGE = "usage"
        const val DAILY_COUNT = "type/dailyCount.json"
        const val MAX_DAYS = 30
        const val WEEK = 7
        const val MONTH = 30
    }
}
