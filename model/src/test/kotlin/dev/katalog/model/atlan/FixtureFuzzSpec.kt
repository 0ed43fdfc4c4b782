package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.api.LineageListResponse
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Entity
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.io.File
import kotlin.random.Random

/**
 * Mutated fixtures (keys deleted, values of the wrong type, truncations, garbage bytes) decode or fail
 * with ModelDecodeException, never with anything else: 100,000 seeded cases.
 */
class FixtureFuzzSpec : FunSpec({
    val inputs: List<Pair<KSerializer<*>, JsonElement>> =
        ReferenceData.fixtureFiles().map { FixtureModels.modelFor(it) to Json.parseToJsonElement(it.readText()) } +
            ReferenceData.vectorFiles().map { IndexSearchRequest.serializer() to (Json.parseToJsonElement(it.readText()) as JsonObject).getValue("request") }

    val oddValues: List<JsonElement> = listOf(
        JsonNull, JsonPrimitive("text"), JsonPrimitive(""), JsonPrimitive(42), JsonPrimitive(-1.5e308), JsonPrimitive(true),
        JsonPrimitive("99999999999999999999999"), JsonArray(emptyList()), JsonObject(emptyMap()), JsonArray(listOf(JsonNull)),
        JsonObject(mapOf("typeName" to JsonPrimitive(7))), JsonPrimitive("\u0000\uD83D\uDE00"),
    )

    /** Every path to a value inside [element], as the chain of keys and indexes. */
    fun paths(element: JsonElement, prefix: List<Any> = emptyList(), out: MutableList<List<Any>> = ArrayList()): MutableList<List<Any>> {
        out += prefix
        when (element) {
            is JsonObject -> element.forEach { (k, v) -> paths(v, prefix + k, out) }
            is JsonArray -> element.forEachIndexed { i, v -> paths(v, prefix + i, out) }
            else -> {}
        }
        return out
    }

    /** [root] with the value at [path] replaced by [value], or removed when [value] is null. */
    fun mutate(root: JsonElement, path: List<Any>, value: JsonElement?): JsonElement {
        if (path.isEmpty()) return value ?: JsonNull
        val key = path.first()
        return when (root) {
            is JsonObject -> {
                val map = LinkedHashMap(root)
                if (path.size == 1 && value == null) map.remove(key) else map[key as String] = mutate(root.getValue(key as String), path.drop(1), value)
                JsonObject(map)
            }
            is JsonArray -> {
                val list = root.toMutableList()
                val index = key as Int
                if (path.size == 1 && value == null) list.removeAt(index) else list[index] = mutate(list[index], path.drop(1), value)
                JsonArray(list)
            }
            else -> root
        }
    }

    /** Reads every typed property of the entities in [decoded]: typed reads are lazy, so they are where bad values surface. */
    fun readEverything(decoded: Any?) {
        val entities = when (decoded) {
            is Entity -> listOf(decoded)
            is IndexSearchResponse -> decoded.entities.orEmpty()
            is EntityResponse -> listOf(decoded.entity)
            is MutationResponse -> decoded.mutatedEntities?.let { it.created.orEmpty() + it.updated.orEmpty() }.orEmpty()
            is LineageListResponse -> decoded.entities.orEmpty()
            else -> emptyList()
        }
        for (entity in entities) {
            val type = dev.katalog.model.atlan.asset.AtlanTypes.forName(entity.typeName)?.javaType ?: Entity::class.java
            for (getter in type.methods.filter { it.parameterCount == 0 && it.name.startsWith("get") && it.declaringClass.isInterface }) {
                try {
                    getter.invoke(entity)
                } catch (e: java.lang.reflect.InvocationTargetException) {
                    throw e.targetException
                }
            }
        }
    }

    test("100,000 mutated fixtures decode or fail with ModelDecodeException, also when every typed attribute is read") {
        val random = Random(20261122)
        val unexpected = ArrayList<String>()
        var decodeFailures = 0
        var readFailures = 0
        val allPaths = inputs.map { (_, json) -> paths(json) }
        repeat(100_000) { case ->
            val which = random.nextInt(inputs.size)
            val (serializer, json) = inputs[which]
            val text = when (random.nextInt(4)) {
                0 -> mutate(json, allPaths[which].random(random), null).toString()
                1 -> mutate(json, allPaths[which].random(random), oddValues.random(random)).toString()
                2 -> json.toString().let { it.take(random.nextInt(it.length + 1)) }
                else -> json.toString().let { s ->
                    val at = random.nextInt(s.length + 1)
                    s.substring(0, at) + String(CharArray(1 + random.nextInt(4)) { (random.nextInt(0, 0x3000)).toChar() }) + s.substring(at)
                }
            }
            val decoded = try {
                KatalogJson.decode(serializer, text)
            } catch (e: ModelDecodeException) {
                decodeFailures++
                null
            } catch (e: Throwable) {
                if (unexpected.size < 10) unexpected += "case $case: ${e.javaClass.name}: ${e.message?.take(200)}\n  input: ${text.take(300)}"
                null
            }
            try {
                readEverything(decoded)
            } catch (e: ModelDecodeException) {
                readFailures++
            } catch (e: Throwable) {
                if (unexpected.size < 10) unexpected += "case $case: ${e.javaClass.name}: ${e.message?.take(200)}\n  input: ${text.take(300)}"
            }
        }
        unexpected.shouldBeEmpty()
        // Both kinds of typed failure happened, so the cases reach the decoders and the typed reads.
        (decodeFailures > 1_000 && readFailures > 100) shouldBe true
    }
})
