package dev.katalog.client.conformance

/**
 * The operation vectors whose operation Katalog does not have yet, each with the issue that will add it. This is
 * the only list of them: a vector that gets an operation in [VectorOperations] must leave it (a test checks that the
 * two never overlap and that together they cover every vector file).
 */
object PendingVectors {
    /** Vector id → the issue that will add its operation (none pending now). */
    val reasons: Map<String, String> = sortedMapOf(
    )
}
