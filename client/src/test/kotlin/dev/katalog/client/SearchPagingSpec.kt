package dev.katalog.client

import dev.katalog.client.atlan.AtlanException
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.json.KatalogJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.longOrNull

/** Paging edge cases against a fake index in a MockEngine: offset pages, creation-time pages, early stops. */
class SearchPagingSpec : FunSpec({
    /** [count] assets, several sharing each creation time, answered by offset or by search_after on (timestamp, guid). */
    fun fakeIndex(count: Int, threshold: Int) = MockAtlan(configure = { searchWindowThreshold(threshold) }) { request ->
        val search = KatalogJson.decode(IndexSearchRequest.serializer(), request.bodyText())
        val all = (0 until count).map { i -> Triple("guid-%05d".format(i), 1_000L + i / 7, i) }.sortedWith(compareBy({ it.second }, { it.first }))
        val size = search.dsl.size ?: 300
        val after = search.dsl.searchAfter
        val page = if (after != null) {
            val ts = (after[0] as JsonPrimitive).longOrNull!!
            val guid = (after[1] as JsonPrimitive).content
            all.filter { it.second > ts || (it.second == ts && it.first > guid) }.take(size)
        } else all.drop(search.dsl.from ?: 0).take(size)
        val entities = page.joinToString(",") { entityJson(it.first) }
        val metadata = page.joinToString(",") { """"${it.first}":{"sort":[${it.second},"${it.first}"]}""" }
        json("""{"queryType":"INDEX","approximateCount":$count,"entities":[$entities],"searchMetadata":{$metadata}}""")
    }

    test("offset paging ends without an extra call when the last page is full") {
        fakeIndex(20, threshold = 1000).use { m ->
            m.client.search.stream(search { pageSize(10) }).toList() shouldHaveSize 20
            m.requests shouldHaveSize 2
        }
    }

    test("past the threshold it pages by creation time: every asset exactly once, even with shared times") {
        fakeIndex(95, threshold = 30).use { m ->
            val guids = m.client.search.stream(search { pageSize(10) }).toList().map { it.guid }
            guids shouldHaveSize 95
            guids.toSet() shouldHaveSize 95
            val bodies = m.requests.drop(1).map { KatalogJson.decode(IndexSearchRequest.serializer(), it.bodyText()) }
            bodies.all { it.dsl.sort!!.map { s -> s.field } == listOf("__timestamp", "__guid") && it.showSearchMetadata == true } shouldBe true
        }
    }

    test("a user sort past the threshold is refused with the fix") {
        fakeIndex(50, threshold = 10).use { m ->
            val e = shouldThrow<AtlanException.Logic> { m.client.search.stream(search { sort(Table.NAME.asc()); pageSize(10) }).toList() }
            e.message shouldContain "sorted by [name.keyword]"
            e.hint shouldContain "drop the sort"
        }
    }

    test("stopping the collector stops the calls") {
        fakeIndex(1000, threshold = 5000).use { m ->
            m.client.search.stream(search { pageSize(10) }).take(15).toList() shouldHaveSize 15
            // Two pages consumed, at most one waiting in the buffer and one in flight: never the other 96.
            m.requests.size shouldBeLessThanOrEqual 4
        }
    }

    test("an empty result makes one call and yields nothing") {
        fakeIndex(0, threshold = 10).use { m ->
            m.client.search.stream(search { }).toList() shouldHaveSize 0
            m.requests shouldHaveSize 1
        }
    }

    test("count asks for no results") {
        fakeIndex(42, threshold = 1000).use { m ->
            m.client.search.count(search { }) shouldBe 42
            KatalogJson.decode(IndexSearchRequest.serializer(), m.requests.single().bodyText()).dsl.size shouldBe 0
        }
    }
})
