package dev.katalog.local.store

import dev.katalog.local.opensearch.OpenSearchClient

/** The catalog's state: the type definitions in force, the asset index and its mapping, and the order writes keep ([WriteOrdering]). */
internal class CatalogStore(
    @Volatile var types: TypeRegistry,
    val index: AssetIndex,
    val client: OpenSearchClient,
    val prefix: String,
    val clock: () -> Long = System::currentTimeMillis,
) {
    val mapping: IndexMapping = IndexMapping(types.base)

    /** Saves of different assets run in parallel; saves of the same asset, and writes that reach beyond their own assets, do not. */
    val writes: WriteOrdering = WriteOrdering()

    fun document(): AssetDocument = AssetDocument(types, mapping)
}
