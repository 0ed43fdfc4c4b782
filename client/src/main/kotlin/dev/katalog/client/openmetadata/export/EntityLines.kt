package dev.katalog.client.openmetadata.export

import dev.katalog.client.export.KotlinLiterals
import dev.katalog.client.openmetadata.entities.ownReference
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException
import dev.katalog.model.openmetadata.OpenMetadataEntity
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The lines inside an OpenMetadata entity's block (or a column's), as a tree declares them: its description and
 * display name (when it differs from the name), its owner (a user as `ownerUsers`, a team as `ownerGroups`), its
 * classification tags by tag FQN (`tags("PII.Sensitive")`) and its glossary tags as terms
 * (`terms("Glossary" / "Term")`). Only the entity's own tags count: those OpenMetadata derived or propagated to it are
 * not the entity's to declare, as Atlan's export leaves propagated tags out.
 */
internal object EntityLines {
    private val NOT_OWN = setOf("Derived", "Propagated")

    fun of(entity: JsonObject, name: String): List<String> {
        val lines = ArrayList<String>()
        text(entity, "description")?.let { lines += "description = ${KotlinLiterals.string(it)}" }
        text(entity, "displayName")?.takeIf { it != name }?.let { lines += "displayName = ${KotlinLiterals.string(it)}" }
        // An inherited owner is the parent's, declared there.
        ownReference(entity, "owner")?.let { owner ->
            val ownerName = text(owner, "name") ?: return@let
            lines += when (text(owner, "type")) {
                "team" -> "ownerGroups(${KotlinLiterals.string(ownerName)})"
                else -> "ownerUsers(${KotlinLiterals.string(ownerName)})"
            }
        }
        val own = (entity["tags"] as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }.filter { text(it, "labelType") !in NOT_OWN }
        val classification = own.filter { text(it, "source") != "Glossary" }.mapNotNull { text(it, "tagFQN") }.distinct().sorted()
        if (classification.isNotEmpty()) lines += "tags(${KotlinLiterals.strings(classification)})"
        val terms = own.filter { text(it, "source") == "Glossary" }.mapNotNull { text(it, "tagFQN")?.let(::termOf) }.distinct()
            .sortedWith(compareBy({ it.first }, { it.second }))
        if (terms.isNotEmpty()) lines += "terms(${terms.joinToString(", ") { (glossary, term) -> "${KotlinLiterals.string(glossary)} / ${KotlinLiterals.string(term)}" }})"
        return lines
    }

    /** A glossary tag's (glossary, term): the first and last parts of its FQN (`Glossary.Parent.Term`); a tree names a term by glossary and name. */
    private fun termOf(tagFqn: String): Pair<String, String>? {
        val parts = try { Fqn.split(tagFqn) } catch (e: InvalidFqnException) { return null }
        return if (parts.size < 2) null else parts.first() to parts.last()
    }

    /** Its fully qualified name, which OpenMetadata sets on every entity it answers. */
    val OpenMetadataEntity.fqn: String get() = requireNotNull(fullyQualifiedName) { "OpenMetadata answered ${this::class.simpleName} $name without its fullyQualifiedName" }

    fun text(json: JsonObject, key: String): String? = (json[key] as? JsonPrimitive)?.takeIf { it.isString }?.content?.takeIf { it.isNotEmpty() }

    private fun JsonArray?.orEmpty(): List<kotlinx.serialization.json.JsonElement> = this ?: emptyList()
}
