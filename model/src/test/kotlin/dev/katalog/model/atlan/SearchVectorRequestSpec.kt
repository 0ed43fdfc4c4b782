package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.jsonDifference
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject

/** The request of every search vector decodes into the typed request (query tree included) and re-encodes equal. */
class SearchVectorRequestSpec : FunSpec({
    for (file in ReferenceData.vectorFiles()) {
        test("vector ${file.nameWithoutExtension} request decodes and re-encodes equal") {
            val request = (Json.parseToJsonElement(file.readText()) as JsonObject).getValue("request")
            val decoded = KatalogJson.decode(IndexSearchRequest.serializer(), request)
            decoded.dsl.query!!.containsRaw() shouldBe false
            val reencoded = KatalogJson.encodeToElement(IndexSearchRequest.serializer(), decoded)
            jsonDifference(request, reencoded).shouldBeNull()
        }
    }
})

private fun Query.containsRaw(): Boolean = when (this) {
    is Query.Raw -> true
    is Query.Bool -> listOfNotNull(must, should, mustNot, filter).flatten().any { it.containsRaw() }
    is Query.Nested -> query.containsRaw()
    else -> false
}
