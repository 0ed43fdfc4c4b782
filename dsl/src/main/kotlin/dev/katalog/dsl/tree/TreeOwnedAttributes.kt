package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.DataProductSelection
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/**
 * The attributes a tree decides itself, refused when a node sets them: names, qualifiedNames, the ancestors'
 * names and qualifiedNames, a column's order and the relationships between parents and children (all derived from
 * the node's place), and relationships to assets outside the tree, which trees do not link.
 */
internal object TreeOwnedAttributes {
    private val structuralRelationships = setOf(
        "connection", "database", "atlanSchema", "table", "view", "materialisedView",
        "databases", "schemas", "tables", "views", "materialisedViews", "columns",
        "anchor", "terms", "categories", "parentCategory", "childrenCategories",
        "parentDomain", "subDomains", "dataDomain", "dataProducts",
    )

    // What Atlan sets itself from a domain's or product's place (atlas-metastore, DataDomainPreProcessor).
    private val serverSet = setOf("parentDomainQualifiedName", "superDomainQualifiedName")

    /** What the compiler sets on a bare node of each kind, found by compiling one of each. */
    private val compilerSet: Map<NodeKind, Set<String>> by lazy {
        val tree = catalog {
            connection("c", dev.katalog.model.atlan.asset.Connector.SNOWFLAKE) {
                database("d") { schema("s") { table("t") { column("c") }; view("v") { column("c") }; materialisedView("m") { column("c") } } }
                process("p") { reads("c/d/s/t"); writes("c/d/s/v"); columnProcess("cp") { reads("c/d/s/t/c"); writes("c/d/s/v/c") } }
                asset("Widget", "o")
            }
            glossary("g") { category("c") { term("t") } }
            domain("d") { subdomain("s") { product("p") { assets { where(Asset.NAME eq "t") } } } }
        }
        TreeCompiler { _, _ -> "default/snowflake/1" }.compile(tree.roots).assets
            .groupBy({ it.node.kind }, { it.asset.attributes.keys })
            .mapValues { (_, keys) -> keys.flatten().toSet() + "guid" }
    }

    /** The problem with a node of [kind] setting [attribute] to [value], or null when the tree does not decide it. */
    fun problemOf(kind: NodeKind, attribute: String, value: JsonElement): String? {
        val setter = SetterTypes.of(kind.type)[attribute]
        val relationship = (setter != null && SetterTypes.isRelationship(setter)) || isReference(value)
        return when {
            // A product's selection is set by assets { … }, which the compiler carries over as it is.
            kind == NodeKind.PRODUCT && attribute == DataProductSelection.ATTRIBUTE -> null
            kind.isProcess && attribute in LINEAGE_ENDS ->
                "\"$attribute\" cannot be set inside a tree: declare what the ${kind.label} reads with reads(…) and what it writes with writes(…)"
            attribute == "name" -> "\"name\" cannot be set inside a tree: the tree sets it from the node's place; rename the ${kind.label} instead"
            attribute == "order" && kind == NodeKind.COLUMN ->
                "\"order\" cannot be set inside a tree: the tree sets it from the node's place; give it as column(name, order = n)"
            attribute in compilerSet[kind].orEmpty() || attribute in structuralRelationships || attribute in serverSet ->
                "\"$attribute\" cannot be set inside a tree: the tree sets it from the node's place; remove it"
            relationship -> "\"$attribute\" links to assets outside the tree, which trees do not link: remove it, and link after applying " +
                "with client.assets.save(${kind.type.typeName}.updater(qualifiedName, name).$attribute(…).build())"
            else -> null
        }
    }

    private val LINEAGE_ENDS = setOf("inputs", "outputs")

    private fun isReference(value: JsonElement): Boolean = when (value) {
        is JsonObject -> "typeName" in value
        is JsonArray -> value.isNotEmpty() && value.all { it is JsonObject && "typeName" in it }
        else -> false
    }
}
