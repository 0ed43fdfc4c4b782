package dev.katalog.generator

import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.IndexFieldRule
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import java.io.File

/**
 * The index fields atlan-python names for each searchable attribute (its `KeywordTextField("name", "name.keyword",
 * "name", "name.stemmed")` and the like, extracted into typedefs-pyatlan.json as `indexType` and
 * `indexTypeESFields`) are a second source for [IndexFieldRule]: for every attribute the tenant's typedefs.json and the
 * extraction both define on the same type, the rule derives the same base field type and sub-field names from
 * either, except for the attributes listed here with the reason.
 */
class IndexFieldRuleExtractionSpec : FunSpec({
    val reference = File(System.getProperty("katalog.reference") ?: "../reference")
    fun read(name: String) = KatalogJson.decode(TypeDefResponse.serializer(), File(reference, "atlan/$name").readText())
    val tenant = read("typedefs.json")
    val extracted = read("typedefs-pyatlan.json")

    // Newer pyatlan (9.10.3) adds a keyword sub-field to these text fields that the tenant's older typedefs lack:
    // the rule follows each source, so the difference is the sources', not the rule's.
    val keywordSubFieldOnlyInPyatlan = setOf(
        "TableauDatasource.projectQualifiedName", "TableauDatasourceField.projectQualifiedName",
        "TableauDashboard.projectQualifiedName", "TableauMetric.projectQualifiedName", "TableauFlow.projectQualifiedName",
        "PowerBIDataset.workspaceQualifiedName", "LookerField.modelName", "PowerBIReport.workspaceQualifiedName",
        "PowerBIDataflow.workspaceQualifiedName", "LookerLook.modelName", "PowerBIMeasure.workspaceQualifiedName",
        "PowerBIColumn.workspaceQualifiedName", "LookerExplore.modelName", "LookerExplore.viewName",
        "PowerBIDashboard.workspaceQualifiedName", "TableauWorkbook.projectQualifiedName",
        "PowerBITable.workspaceQualifiedName", "TableauWorksheet.projectQualifiedName",
        "TableauCalculatedField.projectQualifiedName", "PowerBIPage.workspaceQualifiedName",
        "PowerBITile.workspaceQualifiedName",
    )

    // Enums the tenant declares without an indexType: the rule maps them to text, pyatlan searches them as
    // KeywordField. Which one Atlas's index really uses for such an enum is open: atlas-metastore's mapping of an enum without indexType decides it.
    val enumWithoutIndexType = setOf("Link.iconType", "Collection.iconType", "ReadmeTemplate.iconType")

    // The two sources disagree on the attribute itself: the tenant indexes alias as a keyword where pyatlan has a
    // TextField, and gives SalesforceField.inlineHelpText a text sub-field pyatlan does not name.
    val sourcesDisagree = setOf("Table.alias", "TablePartition.alias", "SalesforceField.inlineHelpText")

    test("the rule derives the same fields from both sources for every shared attribute but the known exceptions") {
        val tenantRule = IndexFieldRule(tenant)
        val extractedRule = IndexFieldRule(extracted)
        // The extraction widens int to long and float to double (its documented rule): the field and its name are
        // the same, so numbers compare as one kind.
        fun kind(type: String) = if (type in setOf("integer", "long", "float", "double")) "number" else type
        fun fields(rule: IndexFieldRule, attribute: AttributeDef) =
            rule.indexOf(attribute)?.let { index -> kind(index.base.type) to index.subFields.map { it.name }.sorted() }
        val byType = extracted.entityDefs.orEmpty().associate { type -> type.name to type.attributeDefs.orEmpty().associateBy { it.name } }
        var compared = 0
        val differing = mutableSetOf<String>()
        for (type in tenant.entityDefs.orEmpty()) {
            for (attribute in type.attributeDefs.orEmpty()) {
                val other = byType[type.name]?.get(attribute.name) ?: continue
                compared++
                if (fields(tenantRule, attribute) != fields(extractedRule, other)) differing += "${type.name}.${attribute.name}"
            }
        }
        compared shouldBeGreaterThan 500
        differing shouldBe keywordSubFieldOnlyInPyatlan + enumWithoutIndexType + sourcesDisagree
    }
})
