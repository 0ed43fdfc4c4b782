@file:JvmName("Search")

package dev.katalog.dsl.search

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.search.IndexSearchRequest

/** A search over any asset: `search { where(Asset.QUALIFIED_NAME startsWith "default/snowflake/") }`. */
public fun search(block: FluentSearch.() -> Unit): IndexSearchRequest = FluentSearch.select().apply(block).toRequest()

/** A search over assets of type [T]: `search<Table> { where(Table.ROW_COUNT gt 1_000_000) }`. */
@JvmName("searchOfType")
public inline fun <reified T : Asset> search(noinline block: FluentSearch.() -> Unit): IndexSearchRequest =
    AtlanTypes.forClass(T::class.java).search(block)

/** A search over assets of this type: `Table.search { where(Table.NAME startsWith "ord") }`. */
public fun AssetType<*>.search(block: FluentSearch.() -> Unit): IndexSearchRequest = FluentSearch.select(this).apply(block).toRequest()
