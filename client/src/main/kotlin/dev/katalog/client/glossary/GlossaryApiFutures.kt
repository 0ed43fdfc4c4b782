package dev.katalog.client.glossary

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream

/** [GlossaryApi] for Java: each call returns a [CompletableFuture] that fails with an [AtlanException] (or a UsageException). */
public class GlossaryApiFutures internal constructor(private val api: GlossaryApi, private val bridge: JavaBridge) {
    public fun findGlossary(name: String): CompletableFuture<AtlasGlossary> = bridge.future { api.findGlossary(name) }
    public fun findTerm(name: String, glossary: String): CompletableFuture<AtlasGlossaryTerm> = bridge.future { api.findTerm(name, glossary) }
    public fun findTerm(name: String): CompletableFuture<AtlasGlossaryTerm> = bridge.future { api.findTerm(name) }
    public fun findCategory(name: String, glossary: String): CompletableFuture<AtlasGlossaryCategory> = bridge.future { api.findCategory(name, glossary) }
    public fun hierarchy(glossary: String): CompletableFuture<CategoryHierarchy> = bridge.future { api.hierarchy(glossary) }

    public fun <T : Asset> appendTerms(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.appendTerms(type, qualifiedName, termGuids) }
    public fun <T : Asset> removeTerms(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.removeTerms(type, qualifiedName, termGuids) }
    public fun <T : Asset> replaceTerms(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.replaceTerms(type, qualifiedName, termGuids) }
    public fun <T : Asset> appendTermsByName(type: AssetType<T>, qualifiedName: String, glossary: String, terms: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.appendTermsByName(type, qualifiedName, glossary, terms) }
    public fun <T : Asset> removeTermsByName(type: AssetType<T>, qualifiedName: String, glossary: String, terms: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.removeTermsByName(type, qualifiedName, glossary, terms) }
    public fun <T : Asset> replaceTermsByName(type: AssetType<T>, qualifiedName: String, glossary: String, terms: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.replaceTermsByName(type, qualifiedName, glossary, terms) }
    public fun appendTerms(assets: List<Asset>, termGuids: List<String>): CompletableFuture<MutationResult> = bridge.future { api.appendTerms(assets, termGuids) }
    public fun removeTerms(assets: List<Asset>, termGuids: List<String>): CompletableFuture<MutationResult> = bridge.future { api.removeTerms(assets, termGuids) }
    public fun replaceTerms(assets: List<Asset>, termGuids: List<String>): CompletableFuture<MutationResult> = bridge.future { api.replaceTerms(assets, termGuids) }

    /** Every active asset the term is assigned to; closing the stream stops the paging. */
    public fun assetsWithTerm(termQualifiedName: String): Stream<Asset> = bridge.streamPages(api.assetPagesWithTerm(termQualifiedName))
}
