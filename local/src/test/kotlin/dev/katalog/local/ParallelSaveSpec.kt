package dev.katalog.local

import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** Saves over HTTP at the same time: the upsert on (typeName, qualifiedName) stays unique and no update is lost. */
class ParallelSaveSpec : FunSpec({
    val api = TestCatalog.api()
    val conn = "default/snowflake/1600000021"

    fun table(name: String, vararg attributes: Pair<String, String>): String {
        val extra = attributes.joinToString("") { (k, v) -> ""","$k":"$v"""" }
        return """{"typeName":"Table","attributes":{"qualifiedName":"$conn/db/s/$name","name":"$name"$extra}}"""
    }

    fun <T> inParallel(tasks: List<() -> T>): List<T> {
        val pool = Executors.newFixedThreadPool(tasks.size)
        try {
            return pool.invokeAll(tasks.map { Callable { it() } }, 2, TimeUnit.MINUTES).map { it.get() }
        } finally {
            pool.shutdownNow()
        }
    }

    fun tablesNamed(prefix: String): List<String> {
        val answer = api.search("""{"dsl":{"size":1000,"query":{"bool":{"filter":[{"prefix":{"qualifiedName":"$conn/db/s/$prefix"}},{"term":{"__typeName.keyword":"Table"}}]}}}}""")
        answer.status shouldBe 200
        return answer.obj["entities"].list().mapNotNull { it.at("attributes").str("qualifiedName") }
    }

    test("eight requests creating the same 40 tables at once, in different orders: each table exists once") {
        val names = (1..40).map { "par_once_$it" }
        val answers = inParallel((1..8).map { seed -> { api.save(*names.shuffled(kotlin.random.Random(seed)).map { table(it) }.toTypedArray()) } })
        answers.forEach { it.status shouldBe 200 }
        // Exactly one request created each table; the others found it and updated it.
        answers.sumOf { it.created().size } shouldBe names.size
        val found = tablesNamed("par_once_")
        found shouldHaveSize names.size
        found.toSet() shouldBe names.map { "$conn/db/s/$it" }.toSet()
    }

    test("saves of one asset by GUID and by qualifiedName at once each keep what the other changed") {
        val guid = api.save(table("par_both")).created().single().str("guid")!!
        val rounds = 15
        inParallel(
            listOf(
                {
                    for (i in 1..rounds) {
                        val answer = api.save("""{"typeName":"Table","guid":"$guid","attributes":{"qualifiedName":"$conn/db/s/par_both","name":"par_both","description":"by guid $i"}}""")
                        withClue(answer) { answer.status shouldBe 200 }
                    }
                },
                {
                    for (i in 1..rounds) {
                        val answer = api.save(table("par_both", "userDescription" to "by name $i"))
                        withClue(answer) { answer.status shouldBe 200 }
                    }
                },
            ),
        )
        // Each save keeps the attributes it does not send: a save that read the asset before the other wrote would undo it.
        val read = api.get("/api/meta/entity/guid/$guid").obj.at("entity", "attributes")
        read.str("description") shouldBe "by guid $rounds"
        read.str("userDescription") shouldBe "by name $rounds"
        tablesNamed("par_both") shouldHaveSize 1
    }
})
