package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.api.LineageListResponse
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Entity
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.typedef.TypeDef
import kotlinx.serialization.KSerializer
import java.io.File

/** Which model each reference fixture is an answer of. */
object FixtureModels {
    fun modelFor(file: File): KSerializer<*> {
        val path = file.relativeTo(ReferenceData.fixtures).invariantSeparatorsPath
        return when {
            path.startsWith("asset_mutated_response") -> MutationResponse.serializer()
            path.startsWith("typedef_responses/") -> TypeDef.serializer()
            path.startsWith("user_responses/") || path.startsWith("group_responses/") -> DirectoryPage.serializer()
            path.startsWith("lineage_responses/") -> LineageListResponse.serializer()
            path.startsWith("asset_responses/") -> EntityResponse.serializer()
            path.startsWith("search_responses/") -> IndexSearchResponse.serializer()
            path.startsWith("glossary") || path.startsWith("custom_relationships/") -> Entity.serializer()
            else -> error("No model is mapped for fixture $path: add it here")
        }
    }
}
