package dev.katalog.client.openmetadata.export

import dev.katalog.client.core.UsageException
import dev.katalog.client.export.GlossaryText
import dev.katalog.client.export.KotlinLiterals
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.export.EntityLines.fqn
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.entity.data.Glossary
import dev.katalog.model.openmetadata.entity.data.GlossaryTerm
import dev.katalog.model.openmetadata.kinds.EntityKinds
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonObject

/**
 * An OpenMetadata glossary as a tree declares it, the inverse of `compileForOpenMetadata` (where a category becomes
 * a term with the category's terms as its children): a term with child terms is a category holding them, the others
 * terms. What a tree has no setter for (synonyms, related terms, references, reviewers) is listed as not exported.
 */
internal class OpenMetadataGlossaryExport private constructor(private val glossary: Glossary) {
    suspend fun read(entities: EntitiesApi, notExported: MutableList<String>): GlossaryText {
        val terms = entities.list(EntityKinds.GLOSSARY_TERM, mapOf("glossary" to glossary.fqn), TERM_FIELDS).toList()
        val children = terms.groupBy { it.parent?.id }
        for (term in terms) {
            val label = "Term ${KotlinLiterals.string(term.name)} (${term.fqn})"
            if (!term.synonyms.isNullOrEmpty()) notExported += "$label: its synonyms, which a tree cannot declare"
            if (!term.relatedTerms.isNullOrEmpty()) notExported += "$label: its related terms, which a tree cannot declare"
            if (!term.references.isNullOrEmpty()) notExported += "$label: its references, which a tree cannot declare"
            if (!term.reviewers.isNullOrEmpty()) notExported += "$label: its reviewers, which a tree cannot declare"
        }

        fun members(parent: String?): List<GlossaryText.Member> = children[parent].orEmpty().map { term ->
            val inside = members(term.id)
            GlossaryText.Member(inside.isNotEmpty(), term.name, EntityLines.of(json(term), term.name), inside, term.fqn)
        }
        return GlossaryText(glossary.name, EntityLines.of(KatalogJson.encodeToElement(Glossary.serializer(), glossary) as JsonObject, glossary.name), members(null))
    }

    private fun json(term: GlossaryTerm): JsonObject = KatalogJson.encodeToElement(GlossaryTerm.serializer(), term) as JsonObject

    companion object {
        private val TERM_FIELDS = listOf("owner", "tags", "relatedTerms", "reviewers")

        /** The glossary named [name]; a [UsageException] when OpenMetadata has none. */
        suspend fun find(entities: EntitiesApi, name: String): OpenMetadataGlossaryExport {
            val found = entities.getByNameOrNull(EntityKinds.GLOSSARY, TopLevelNames.fqnOf(name, "glossary"), listOf("owner", "tags"))
                ?: throw UsageException("OpenMetadata has no glossary named ${KotlinLiterals.string(name)}", "check the name (glossaries are matched by their exact name)")
            return OpenMetadataGlossaryExport(found)
        }
    }
}
