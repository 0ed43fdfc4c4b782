package dev.katalog.client

import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.core.CallTimeout
import dev.katalog.client.atlan.AtlanException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.delay
import java.time.Duration

/** A per-call timeout, through the coroutine context, overrides the client's read timeout. */
class CallTimeoutSpec : FunSpec({
    test("a call made under CallTimeout gives up after it") {
        MockAtlan(RetryPolicy.NONE) {
            delay(2_000)
            json("""{"entity":${entityJson("g1")}}""")
        }.use { m ->
            kotlinx.coroutines.withContext(CallTimeout(Duration.ofMillis(100))) {
                shouldThrow<AtlanException.ApiConnection> { m.client.assets.get("g1") }
            }
            val e = shouldThrow<java.util.concurrent.ExecutionException> { m.client.java().withTimeout(Duration.ofMillis(100)).assets().get("g1").get() }
            e.cause.shouldBeInstanceOf<AtlanException.ApiConnection>()
            m.client.assets.get("g1").guid shouldBe "g1"
        }
    }
})
