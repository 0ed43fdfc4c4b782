package dev.katalog.local

import dev.katalog.local.http.Chaos
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.doubles.shouldBeBetween
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import java.io.IOException

class ChaosSpec : FunSpec({
    test("parses a spec and draws faults at the configured rates, reproducibly") {
        val chaos = Chaos.parse("429=0.2,503=0.1,reset=0.05,latency=20ms,seed=7")
        chaos.latencyMillis shouldBe 20
        val draws = List(10_000) { chaos.draw() }
        (draws.count { it == Chaos.Fault.TOO_MANY_REQUESTS } / 10_000.0).shouldBeBetween(0.17, 0.23, 0.0)
        (draws.count { it == Chaos.Fault.UNAVAILABLE } / 10_000.0).shouldBeBetween(0.08, 0.12, 0.0)
        (draws.count { it == Chaos.Fault.RESET } / 10_000.0).shouldBeBetween(0.035, 0.065, 0.0)
        List(100) { Chaos.parse("429=0.5,seed=3").draw() } shouldBe List(100) { Chaos.parse("429=0.5,seed=3").draw() }.let { it }
        shouldThrow<IllegalArgumentException> { Chaos.parse("418=0.1") }
        shouldThrow<IllegalArgumentException> { Chaos.parse("429=2") }
    }

    test("a catalog with chaos answers 429 with Retry-After, 503, and drops connections") {
        // A second catalog on the shared node's OpenSearch, under its own index prefix.
        val shared = TestCatalog.catalog()
        LocalCatalog.builder().apiToken("chaos").openSearchUrl(shared.openSearchUrl).indexPrefix("chaos_")
            .chaos("429=0.3,503=0.3,reset=0.2,seed=11").build().start().use { chaotic ->
                val api = Api({ chaotic.baseUrl }, "chaos")
                val statuses = HashMap<Int, Int>()
                var resets = 0
                var retryAfter: String? = null
                repeat(60) {
                    try {
                        val answer = api.get("/api/service/roles")
                        statuses.merge(answer.status, 1, Int::plus)
                        if (answer.status == 429) retryAfter = answer.headers["retry-after"]?.first()
                    } catch (e: IOException) {
                        resets++
                    }
                }
                statuses[429]!! shouldBeGreaterThan 0
                statuses[503]!! shouldBeGreaterThan 0
                statuses[200]!! shouldBeGreaterThan 0
                resets shouldBeGreaterThan 0
                retryAfter shouldBe "1"
            }
    }

    test("a lost answer: the save is carried out, but its connection is dropped before the answer") {
        val shared = TestCatalog.catalog()
        LocalCatalog.builder().apiToken("lost").openSearchUrl(shared.openSearchUrl).indexPrefix("lost_")
            .chaos("lost=1.0").build().start().use { chaotic ->
                val api = Api({ chaotic.baseUrl }, "lost")
                shouldThrow<IOException> { api.save("""{"typeName":"Table","attributes":{"qualifiedName":"default/x/1/db/sch/lost","name":"lost"}}""") }
                chaotic.traffic.callsReceived shouldBe 1
                // A calm catalog on the same indexes reads what the chaotic one wrote.
                LocalCatalog.builder().apiToken("calm").openSearchUrl(shared.openSearchUrl).indexPrefix("lost_").build().start().use { calm ->
                    Api({ calm.baseUrl }, "calm").get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=default/x/1/db/sch/lost").status shouldBe 200
                }
            }
    }

    test("the OpenMetadata API goes through the same chaos, its faults in OpenMetadata's error format") {
        val shared = TestCatalog.catalog()
        LocalCatalog.builder().apiToken("chaos").openSearchUrl(shared.openSearchUrl).indexPrefix("chaosom_")
            .chaos("429=0.4,503=0.4,seed=5").build().start().use { chaotic ->
                val api = Api({ chaotic.baseUrl }, "chaos")
                val answers = List(40) { api.get("/api/v1/system/version") }
                val faults = answers.filter { it.status == 429 || it.status == 503 }
                faults.size shouldBeGreaterThan 0
                answers.count { it.status == 200 } shouldBeGreaterThan 0
                for (fault in faults) fault.obj.str("code") shouldBe fault.status.toString()
            }
    }
})
