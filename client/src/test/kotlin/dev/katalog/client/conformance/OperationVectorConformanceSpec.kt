package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.it.SharedCatalog
import dev.katalog.local.LocalCatalog
import dev.katalog.local.RecordedRequest
import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.time.Duration

/**
 * Katalog against the reference SDK on the wire: for each operation vector (reference/atlan/vectors/operations),
 * the operation written with Katalog's public API runs on a recording local catalog holding the vectors' estate,
 * and the request it sends must conform to the vector's `request` ([RequestConformance]). Vectors whose operation
 * Katalog does not have yet are disabled with the issue that will add it ([PendingVectors]).
 */
class OperationVectorConformanceSpec : FunSpec({
    val vectors = OperationVector.all()
    val runId = "${System.nanoTime() % 1_000_000_000}"
    // Started by the first operation: a recording catalog on the shared catalog's OpenSearch, under indexes of its own.
    var started: Triple<LocalCatalog, AtlanClient, OperationEstate>? = null
    suspend fun world(): Triple<LocalCatalog, AtlanClient, OperationEstate> = started ?: run {
        val catalog = LocalCatalog.builder().openSearchUrl(SharedCatalog.catalog.openSearchUrl).indexPrefix("vectors_${runId}_").record().build().start()
        val client = AtlanClient.builder().baseUrl(catalog.baseUrl).apiToken(catalog.apiToken).proxy(null).readTimeout(Duration.ofSeconds(60)).build()
        Triple(catalog, client, OperationEstate.build(client, runId)).also { started = it }
    }
    afterSpec {
        started?.let { (catalog, client, _) ->
            client.close()
            catalog.close()
        }
    }

    fun wire(recorded: RecordedRequest) = WireRequest(recorded.method, recorded.path, recorded.query, recorded.body)

    test("every vector file has an operation or is pending, never both, and the pending list is exactly the vectors without one") {
        val operations = VectorOperations.byId.keys
        val pending = PendingVectors.reasons.keys
        withClue("vector files mapped to nothing: add an operation to VectorOperations or a reason to PendingVectors") {
            (vectors.keys - operations - pending).shouldBeEmpty()
        }
        withClue("vectors with an operation that are still listed as pending: remove them from PendingVectors") {
            operations.intersect(pending).shouldBeEmpty()
        }
        withClue("operations or pending entries without a vector file") {
            (operations + pending - vectors.keys).shouldBeEmpty()
        }
        pending shouldBe (vectors.keys - operations)
    }

    for ((id, vector) in vectors) {
        val operation = VectorOperations.byId[id]
        val pendingOn = PendingVectors.reasons[id]
        when {
            operation != null -> test(id) {
                val (catalog, client, here) = world()
                operation.prepare(client, here)
                val mark = catalog.recording.mark()
                operation.run(client, here)
                val sent = catalog.recording.since(mark)
                val expected = vector.bound(here.values)
                val candidates = sent.filter { it.method == expected.method && it.path.trimEnd('/') == expected.path.trimEnd('/') }
                if (candidates.isEmpty()) fail("\"${vector.intent}\" sent no ${expected.method} ${expected.path}; it sent: $sent")
                withClue("\"${vector.intent}\": the last ${expected.method} ${expected.path} sent, against the vector") {
                    RequestConformance.mismatches(expected, wire(candidates.last())).shouldBeEmpty()
                }
            }
            pendingOn != null -> test("$id (pending: $pendingOn)").config(enabled = false) {}
            else -> test(id) { fail("Vector $id has no operation and is not pending: map it in VectorOperations or PendingVectors") }
        }
    }
})
