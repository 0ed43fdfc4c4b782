package dev.katalog.local.store

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** What waits for a refresh: the newest write of each GUID, until a refresh covering it. */
class UnrefreshedWritesSpec : FunSpec({
    fun document(guid: String, description: String): JsonObject = buildJsonObject {
        put(IndexMapping.KEY, "Table|qn/$guid")
        putJsonObject(IndexMapping.ENTITY) {
            put("guid", guid)
            put("typeName", "Table")
            putJsonObject("attributes") { put("qualifiedName", "qn/$guid"); put("description", description) }
        }
    }
    fun UnrefreshedWrites.description(guid: String) = documentOf(guid)?.asset?.attributes?.get("description")?.toString()

    test("a refresh forgets the writes it covers; a newer write of the same GUID stays") {
        val pending = UnrefreshedWrites()
        pending.record(1, mapOf("a" to document("a", "one"), "b" to document("b", "one")))
        pending.record(3, mapOf("a" to document("a", "three")))
        pending.record(2, mapOf("a" to document("a", "two"), "c" to null))
        pending.description("a") shouldBe "\"three\""
        pending.entryOf("c")?.document shouldBe null
        pending.entryOf("c")?.write shouldBe 2
        pending.documentOf("c") shouldBe null

        pending.refreshed(2)
        pending.entryOf("b") shouldBe null
        pending.entryOf("c") shouldBe null
        pending.description("a") shouldBe "\"three\""
        pending.size shouldBe 1
        pending.matching { it.key == "Table|qn/a" }.map { it.asset.guid } shouldBe listOf("a")
    }

    test("a read during which a refresh made documents leave runs again") {
        val pending = UnrefreshedWrites()
        pending.record(1, mapOf("a" to document("a", "one")))
        var runs = 0
        val seen = pending.steady {
            runs++
            if (runs == 1) pending.refreshed(1)
            pending.matching { true }.size
        }
        runs shouldBe 2
        seen shouldBe 0
    }
})
