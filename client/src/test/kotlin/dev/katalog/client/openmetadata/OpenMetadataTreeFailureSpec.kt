package dev.katalog.client.openmetadata

import dev.katalog.client.json
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ktor.http.HttpMethod
import io.ktor.http.HttpStatusCode

/** An apply over a MockEngine whose server refuses the first write: what is below the failure is never sent. */
class OpenMetadataTreeFailureSpec : FunSpec({
    test("the children of an entity that failed are not sent; each is NotAttempted, naming the failed parent") {
        val tree = catalog { connection("svc", Connector.POSTGRES) { database("db") { schema("s") } } }
        MockOpenMetadata { request ->
            if (request.method == HttpMethod.Get) json(MockOpenMetadata.omError(404, "not found"), HttpStatusCode.NotFound)
            else json(MockOpenMetadata.omError(400, "service refused"), HttpStatusCode.BadRequest)
        }.use { m ->
            val plan = m.client.trees.plan(tree)
            plan.creates shouldHaveSize 3
            val result = m.client.trees.apply(plan)
            result.created shouldBe 0
            result.succeeded shouldBe false
            val (servicePath, failure) = result.failures.entries.first()
            failure.shouldBeInstanceOf<OpenMetadataException.InvalidRequest>()
            val skipped = result.failures.values.drop(1)
            skipped shouldHaveSize 2
            skipped.forEach { it.shouldBeInstanceOf<OpenMetadataException.NotAttempted>().failedParent shouldBe servicePath }
            m.requests.count { it.method == HttpMethod.Put } shouldBe 1
        }
    }
})
