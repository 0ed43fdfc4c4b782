package dev.katalog.client.openmetadata.search

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.OpenMetadataEntity
import java.util.concurrent.CompletableFuture
import java.util.function.Consumer

/** [SearchApi] for Java: each page is a [CompletableFuture] that fails with an [OpenMetadataException]. */
public class SearchApiFutures internal constructor(private val api: SearchApi, private val bridge: JavaBridge) {
    /** One page of the search of [kind]'s index that [search] describes: `page(EntityKinds.TABLE, s -> s.text("orders"))`. */
    public fun <E : OpenMetadataEntity> page(kind: EntityKind<E>, search: Consumer<OpenMetadataSearch>): CompletableFuture<SearchResult<E>> =
        bridge.future { api.page(kind) { search.accept(this) } }

    /** The first page of [kind]'s index, unfiltered. */
    public fun <E : OpenMetadataEntity> page(kind: EntityKind<E>): CompletableFuture<SearchResult<E>> = bridge.future { api.page(kind) }
}
