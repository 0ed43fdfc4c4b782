package dev.katalog.client

import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import kotlinx.coroutines.flow.Flow

/*
 * The typed calls of AtlanClient with the asset type as a type argument: `client.get<Table>(qualifiedName)` is
 * `client.get(Table, qualifiedName)`. Kotlin only; Java passes the type (`Table.TYPE`).
 */

/** The asset of type [T] with [qualifiedName]; absent → [AtlanException.NotFound]. */
public suspend inline fun <reified T : Asset> AtlanClient.get(qualifiedName: String): T =
    get(AtlanTypes.forClass(T::class.java), qualifiedName)

/** The asset of type [T] with [qualifiedName], or null when there is none. */
public suspend inline fun <reified T : Asset> AtlanClient.getOrNull(qualifiedName: String): T? =
    getOrNull(AtlanTypes.forClass(T::class.java), qualifiedName)

/** Every asset of type [T] that [block]'s search finds, paged lazily as the flow is collected. */
public inline fun <reified T : Asset> AtlanClient.stream(noinline block: FluentSearch.() -> Unit): Flow<T> =
    stream(AtlanTypes.forClass(T::class.java), block)
