package dev.katalog.client.batch

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** How many placeholder GUIDs a batch holds: all when it reports them, else the latest few, never the seed. */
class PlaceholderMemorySpec : FunSpec({
    fun assignments(range: IntRange) = range.associate { "-$it" to "guid-$it" }

    test("without keeping all, only the latest assignments stay, and the dropped ones are known to be dropped") {
        val memory = PlaceholderMemory(mapOf("-parent" to "guid-parent"), keepAll = false, capacity = 3)
        assignments(1..5).forEach { memory.remember(mapOf(it.key to it.value)) }
        (1..5).map { memory.guidOf("-$it") } shouldBe listOf(null, null, "guid-3", "guid-4", "guid-5")
        memory.guidOf("-parent") shouldBe "guid-parent"
        memory.mayHaveForgotten("-1") shouldBe true
        memory.mayHaveForgotten("-4") shouldBe false
        memory.sent() shouldBe emptyMap()
    }

    test("keeping all, nothing is dropped and the summary gets every assignment but the seed") {
        val memory = PlaceholderMemory(mapOf("-parent" to "guid-parent"), keepAll = true, capacity = 3)
        memory.remember(assignments(1..5))
        memory.hasForgotten shouldBe false
        memory.sent() shouldBe assignments(1..5)
    }
})
