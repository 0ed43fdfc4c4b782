package dev.katalog.local.store

import dev.katalog.local.opensearch.OpenSearchClient
import kotlinx.coroutines.sync.Mutex

/** The catalog's state: the type definitions in force, the asset index and its mapping, and the lock that serializes writes. */
internal class CatalogStore(
    @Volatile var types: TypeRegistry,
    val index: AssetIndex,
    val client: OpenSearchClient,
    val prefix: String,
    val clock: () -> Long = System::currentTimeMillis,
) {
    val mapping: IndexMapping = IndexMapping(types.base)

    /** Saves and deletes run one at a time so upserts on (typeName, qualifiedName) never race. */
    val writeLock: Mutex = Mutex()

    fun document(): AssetDocument = AssetDocument(types, mapping)
}
