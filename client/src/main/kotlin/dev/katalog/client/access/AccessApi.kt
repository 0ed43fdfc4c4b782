package dev.katalog.client.access

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.directory.DirectoryApi
import dev.katalog.client.search.SearchApi
import dev.katalog.client.tags.TagsApi

/**
 * Access control (`client.access`): [personas] (who may do what to which connections' assets and glossaries) and
 * [purposes] (what may be done to assets carrying given Atlan tags), each with its policies. Personas, purposes and
 * policies are assets, saved like any other. Java uses [AccessApiFutures].
 */
public class AccessApi internal constructor(assets: AssetsApi, search: SearchApi, tags: TagsApi, directory: DirectoryApi) {
    /** Personas and their metadata, data and glossary policies. */
    public val personas: PersonasApi = PersonasApi(assets, search, directory)

    /** Purposes and their metadata and data policies. */
    public val purposes: PurposesApi = PurposesApi(assets, search, tags, directory)

    override fun toString(): String = "AccessApi"
}
