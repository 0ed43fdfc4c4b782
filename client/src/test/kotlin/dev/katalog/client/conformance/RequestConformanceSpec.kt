package dev.katalog.client.conformance

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldHaveSize
import kotlinx.serialization.json.Json

/** The conformance matcher accepts exactly the leniencies of the rule and rejects every other difference. */
class RequestConformanceSpec : FunSpec({
    fun body(text: String) = Json.parseToJsonElement(text)
    fun request(method: String = "POST", path: String = "/api/meta/entity/bulk/", query: List<Pair<String, String>> = listOf("appendTags" to "true"), body: String? = """{"a":1}""") =
        WireRequest(method, path, query, body?.let(::body))
    val reference = request()

    test("the same request conforms; a trailing slash and key order are free") {
        RequestConformance.mismatches(reference, request(path = "/api/meta/entity/bulk")).shouldBeEmpty()
        RequestConformance.bodyMismatches(body("""{"a":1,"b":{"c":2,"d":3}}"""), body("""{"b":{"d":3,"c":2},"a":1}""")).shouldBeEmpty()
        RequestConformance.bodyMismatches(body("""{"a":1}"""), body("""{"a":1.0}""")).shouldBeEmpty()
    }

    test("query parameters are a multiset: order is free, counts are not") {
        val twice = listOf("guid" to "a", "deleteType" to "SOFT", "guid" to "b")
        RequestConformance.mismatches(request(query = twice), request(query = twice.reversed())).shouldBeEmpty()
        RequestConformance.mismatches(request(query = twice), request(query = listOf("guid" to "a", "deleteType" to "SOFT"))) shouldContainExactly
            listOf("query: not sent guid=b")
        RequestConformance.mismatches(request(query = twice), request(query = twice + ("guid" to "a"))) shouldContainExactly
            listOf("query: sent but not expected guid=a")
        RequestConformance.mismatches(reference, request(query = listOf("appendTags" to "false"))) shouldContainExactly
            listOf("query: not sent appendTags=true", "query: sent but not expected appendTags=false")
    }

    test("a different method or path is a mismatch") {
        RequestConformance.mismatches(reference, request(method = "PUT")) shouldContainExactly listOf("method: expected POST, sent PUT")
        RequestConformance.mismatches(reference, request(path = "/api/meta/entity/bulk/x")) shouldContainExactly
            listOf("path: expected /api/meta/entity/bulk/, sent /api/meta/entity/bulk/x")
    }

    test("null-valued keys and case_insensitive false may be absent, on either side") {
        RequestConformance.bodyMismatches(body("""{"a":1,"businessAttributes":null}"""), body("""{"a":1}""")).shouldBeEmpty()
        RequestConformance.bodyMismatches(body("""{"term":{"f":{"value":"x","case_insensitive":false}}}"""), body("""{"term":{"f":{"value":"x"}}}""")).shouldBeEmpty()
        RequestConformance.bodyMismatches(body("""{"term":{"f":{"value":"x"}}}"""), body("""{"term":{"f":{"value":"x","case_insensitive":false}}}""")).shouldBeEmpty()
    }

    test("but a null against a value, or case_insensitive true, is a mismatch") {
        RequestConformance.bodyMismatches(body("""{"businessAttributes":null}"""), body("""{"businessAttributes":{}}""")) shouldContainExactly
            listOf("body.businessAttributes: sent {}, not expected")
        RequestConformance.bodyMismatches(body("""{"f":{"value":"x"}}"""), body("""{"f":{"value":"x","case_insensitive":true}}""")) shouldContainExactly
            listOf("body.f.case_insensitive: sent true, not expected")
    }

    test("NEW_GUID matches any placeholder, and only a placeholder") {
        RequestConformance.bodyMismatches(body("""{"guid":"${'$'}{NEW_GUID}"}"""), body("""{"guid":"-123456789"}""")).shouldBeEmpty()
        RequestConformance.bodyMismatches(body("""{"guid":"${'$'}{NEW_GUID}"}"""), body("""{"guid":"8f1b2c3d-0000-4000-8000-000000000001"}""")) shouldContainExactly
            listOf("body.guid: expected \"${'$'}{NEW_GUID}\", sent \"8f1b2c3d-0000-4000-8000-000000000001\"")
        RequestConformance.bodyMismatches(body("""{"guid":"${'$'}{NEW_GUID}"}"""), body("""{"guid":-1}""")) shouldHaveSize 1
    }

    test("utmTags names this SDK where the reference names its own") {
        RequestConformance.bodyMismatches(
            body("""{"requestMetadata":{"utmTags":["project_sdk_python"]}}"""), body("""{"requestMetadata":{"utmTags":["project_sdk_katalog"]}}"""),
        ).shouldBeEmpty()
        RequestConformance.bodyMismatches(
            body("""{"requestMetadata":{"utmTags":["project_sdk_python"]}}"""), body("""{"requestMetadata":{"utmTags":["project_sdk_python"]}}"""),
        ) shouldContainExactly listOf("body.requestMetadata.utmTags[0]: expected \"project_sdk_katalog\", sent \"project_sdk_python\"")
    }

    test("every other difference is a mismatch: values, types, list order and length, which list, missing and extra keys") {
        RequestConformance.bodyMismatches(body("""{"propagate":false}"""), body("""{"propagate":true}""")) shouldContainExactly
            listOf("body.propagate: expected false, sent true")
        RequestConformance.bodyMismatches(body("""{"n":"1"}"""), body("""{"n":1}""")) shouldContainExactly listOf("body.n: expected \"1\", sent 1")
        RequestConformance.bodyMismatches(body("""{"l":[1,2]}"""), body("""{"l":[2,1]}""")) shouldContainExactly
            listOf("body.l[0]: expected 1, sent 2", "body.l[1]: expected 2, sent 1")
        RequestConformance.bodyMismatches(body("""{"l":[1,2]}"""), body("""{"l":[1]}""")) shouldContainExactly listOf("body.l: expected 2 items, sent 1")
        RequestConformance.bodyMismatches(body("""{"addOrUpdateClassifications":[{"typeName":"T"}]}"""), body("""{"classifications":[{"typeName":"T"}]}""")) shouldContainExactly
            listOf("body.addOrUpdateClassifications: expected [{\"typeName\":\"T\"}], not sent", "body.classifications: sent [{\"typeName\":\"T\"}], not expected")
        RequestConformance.bodyMismatches(body("""{"a":{"b":1}}"""), body("""{"a":[{"b":1}]}""")) shouldContainExactly listOf("body.a: expected {\"b\":1}, sent [{\"b\":1}]")
    }

    test("no body and a JSON null are the same; no body against a body is a mismatch") {
        RequestConformance.mismatches(request(body = null), WireRequest("POST", "/api/meta/entity/bulk", listOf("appendTags" to "true"), null)).shouldBeEmpty()
        RequestConformance.bodyMismatches(null, body("""{}""")) shouldContainExactly listOf("body: expected null, sent {}")
    }
})
