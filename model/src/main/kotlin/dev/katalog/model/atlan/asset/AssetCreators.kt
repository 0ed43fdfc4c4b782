package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.security.SecureRandom

/**
 * The qualifiedName conventions and ancestor attributes of the asset kinds that have creators
 * (connection > database > schema > table/view > column, glossary > category/term), shared by the
 * generated `creator` functions and the asset-tree DSL.
 */
internal object AssetCreators {
    fun <B : EntitySetters<B>> connection(b: B, name: String, connectorName: String, qualifiedName: String): B {
        val category = Connector.of(connectorName).category
            ?: throw IllegalArgumentException("Unknown connector \"$connectorName\": use one of " + Connector.known().map { c -> c.value })
        return b.attribute("qualifiedName", str(qualifiedName)).attribute("name", str(name))
            .attribute("connectorName", str(connectorName)).attribute("category", str(category))
    }

    fun <B : EntitySetters<B>> database(b: B, name: String, connectionQualifiedName: String): B {
        val connection = connectionOf(connectionQualifiedName, "connectionQualifiedName")
        return b.attribute("qualifiedName", str("$connectionQualifiedName/$name")).attribute("name", str(name))
            .attribute("connectionQualifiedName", str(connectionQualifiedName)).attribute("connectorName", str(connection.connector))
            .attribute("connection", ref("Connection", connectionQualifiedName))
    }

    fun <B : EntitySetters<B>> schema(b: B, name: String, databaseQualifiedName: String): B {
        val connection = connectionOf(databaseQualifiedName, "databaseQualifiedName")
        return b.attribute("qualifiedName", str("$databaseQualifiedName/$name")).attribute("name", str(name))
            .attribute("databaseName", str(databaseQualifiedName.substringAfterLast('/')))
            .attribute("databaseQualifiedName", str(databaseQualifiedName))
            .attribute("connectionQualifiedName", str(connection.qualifiedName)).attribute("connectorName", str(connection.connector))
            .attribute("database", ref("Database", databaseQualifiedName))
    }

    /** A table, view or materialised view under a schema. */
    fun <B : EntitySetters<B>> tableLike(b: B, name: String, schemaQualifiedName: String): B {
        val connection = connectionOf(schemaQualifiedName, "schemaQualifiedName")
        val databaseQualifiedName = schemaQualifiedName.substringBeforeLast('/')
        return b.attribute("qualifiedName", str("$schemaQualifiedName/$name")).attribute("name", str(name))
            .attribute("schemaName", str(schemaQualifiedName.substringAfterLast('/')))
            .attribute("schemaQualifiedName", str(schemaQualifiedName))
            .attribute("databaseName", str(databaseQualifiedName.substringAfterLast('/')))
            .attribute("databaseQualifiedName", str(databaseQualifiedName))
            .attribute("connectionQualifiedName", str(connection.qualifiedName)).attribute("connectorName", str(connection.connector))
            .attribute("atlanSchema", ref("Schema", schemaQualifiedName))
    }

    /**
     * A stored procedure of a schema (atlan-python `core/procedure.py`): its qualifiedName is
     * `<schema>/_procedures_/<name>`, and it carries its [definition] and its schema's and database's names.
     */
    fun <B : EntitySetters<B>> procedure(b: B, name: String, schemaQualifiedName: String, definition: String): B {
        require(definition.isNotBlank()) { "A procedure needs its SQL definition" }
        return inSchema(b, name, schemaQualifiedName, "$schemaQualifiedName/_procedures_/$name")
            .attribute("definition", str(definition))
            .attribute("atlanSchema", ref("Schema", schemaQualifiedName))
    }

    /**
     * A partition of the table [tableQualifiedName] (atlan-python `core/table_partition.py`): it carries the table's,
     * schema's and database's names, and, as that SDK builds it, its qualifiedName is the schema's followed by its name.
     */
    fun <B : EntitySetters<B>> tablePartition(b: B, name: String, tableQualifiedName: String): B {
        connectionOf(tableQualifiedName, "tableQualifiedName")
        require(tableQualifiedName.split('/').size == 6) { "tableQualifiedName \"$tableQualifiedName\" is not a table's (<connection>/<database>/<schema>/<table>)" }
        val schemaQualifiedName = tableQualifiedName.substringBeforeLast('/')
        return inSchema(b, name, schemaQualifiedName, "$schemaQualifiedName/$name")
            .attribute("tableName", str(tableQualifiedName.substringAfterLast('/'))).attribute("tableQualifiedName", str(tableQualifiedName))
    }

    fun <B : EntitySetters<B>> inSchema(b: B, name: String, schemaQualifiedName: String, qualifiedName: String): B {
        require(name.isNotBlank()) { "A name cannot be blank" }
        val connection = connectionOf(schemaQualifiedName, "schemaQualifiedName")
        require(schemaQualifiedName.split('/').size == 5) { "schemaQualifiedName \"$schemaQualifiedName\" is not a schema's (<connection>/<database>/<schema>)" }
        val databaseQualifiedName = schemaQualifiedName.substringBeforeLast('/')
        return b.attribute("qualifiedName", str(qualifiedName)).attribute("name", str(name))
            .attribute("schemaName", str(schemaQualifiedName.substringAfterLast('/'))).attribute("schemaQualifiedName", str(schemaQualifiedName))
            .attribute("databaseName", str(databaseQualifiedName.substringAfterLast('/'))).attribute("databaseQualifiedName", str(databaseQualifiedName))
            .attribute("connectionQualifiedName", str(connection.qualifiedName)).attribute("connectorName", str(connection.connector))
    }

    /** A column of a table, view or materialised view ([parentType]), at position [order] (1-based). */
    fun <B : EntitySetters<B>> column(b: B, name: String, parentType: AssetType<*>, parentQualifiedName: String, order: Int): B {
        require(order >= 1) { "Column order is 1-based, was $order" }
        val (nameKey, qnKey, relation) = when (parentType.typeName) {
            "Table" -> Triple("tableName", "tableQualifiedName", "table")
            "View" -> Triple("viewName", "viewQualifiedName", "view")
            "MaterialisedView" -> Triple("viewName", "viewQualifiedName", "materialisedView")
            else -> throw IllegalArgumentException("A column's parent is a Table, View or MaterialisedView, not ${parentType.typeName}")
        }
        val schemaQualifiedName = parentQualifiedName.substringBeforeLast('/')
        val databaseQualifiedName = schemaQualifiedName.substringBeforeLast('/')
        val connection = connectionOf(parentQualifiedName, "parentQualifiedName")
        return b.attribute("qualifiedName", str("$parentQualifiedName/$name")).attribute("name", str(name))
            .attribute("order", JsonPrimitive(order))
            .attribute(nameKey, str(parentQualifiedName.substringAfterLast('/'))).attribute(qnKey, str(parentQualifiedName))
            .attribute("schemaName", str(schemaQualifiedName.substringAfterLast('/'))).attribute("schemaQualifiedName", str(schemaQualifiedName))
            .attribute("databaseName", str(databaseQualifiedName.substringAfterLast('/'))).attribute("databaseQualifiedName", str(databaseQualifiedName))
            .attribute("connectionQualifiedName", str(connection.qualifiedName)).attribute("connectorName", str(connection.connector))
            .attribute(relation, ref(parentType.typeName, parentQualifiedName))
    }

    /** A glossary; the server replaces the placeholder qualifiedName with its own. */
    fun <B : EntitySetters<B>> glossary(b: B, name: String): B =
        b.attribute("qualifiedName", str(nanoId())).attribute("name", str(name))

    /** A term or category anchored in [glossary] (a reference: by GUID or placeholder GUID, or by qualifiedName). */
    fun <B : EntitySetters<B>> glossaryMember(b: B, name: String, glossary: Entity): B =
        b.attribute("qualifiedName", str(nanoId() + "@" + (glossary.attributes["qualifiedName"] as? JsonPrimitive)?.content.orEmpty()))
            .attribute("name", str(name)).attribute("anchor", reference(glossary))

    /**
     * The README of [asset] holding [content] (HTML), as Atlan's SDKs make one (pyatlan `Readme.creator`): its
     * qualifiedName is `<asset GUID>/readme`, its name `<asset name> Readme`, its content URL-encoded in `description`.
     */
    fun <B : EntitySetters<B>> readme(b: B, asset: Asset, content: String): B {
        val guid = asset.guid
        require(!guid.isNullOrBlank()) { "A README needs its asset's GUID (a saved asset, a placeholder, or Table.refByGuid(guid))" }
        val assetName = asset.name ?: (asset.attributes["name"] as? JsonPrimitive)?.content
        require(!assetName.isNullOrBlank()) { "A README is named after its asset: read the asset (or set its name) first" }
        return b.attribute("qualifiedName", str("$guid/readme")).attribute("name", str("$assetName Readme"))
            .attribute("description", str(ReadmeContent.encode(content)))
            .attribute("asset", JsonObject(mapOf("typeName" to JsonPrimitive(asset.typeName), "guid" to JsonPrimitive(guid))))
    }

    /** A link named [name] to [url] on [asset]; its qualifiedName is the asset's followed by a random id. */
    fun <B : EntitySetters<B>> link(b: B, asset: Asset, name: String, url: String): B {
        val qualifiedName = asset.qualifiedName
        require(!qualifiedName.isNullOrBlank()) { "A link needs its asset's qualifiedName (a saved asset, or Table.refByQualifiedName(qualifiedName))" }
        require(name.isNotBlank() && url.isNotBlank()) { "A link needs a name and a URL" }
        return b.attribute("qualifiedName", str("$qualifiedName/${java.util.UUID.randomUUID()}")).attribute("name", str(name))
            .attribute("link", str(url)).attribute("asset", reference(asset))
    }

    /** What an update of [existing] needs: type, GUID, qualifiedName, name, and a term's or category's anchor. */
    fun requiredOf(existing: Entity): JsonObject {
        val keep = setOf("qualifiedName", "name", "anchor")
        val attributes = existing.attributes.filterKeys { it in keep }.toMutableMap()
        existing.relationshipAttributes["anchor"]?.let { attributes.putIfAbsent("anchor", it) }
        val json = linkedMapOf<String, JsonElement>("typeName" to JsonPrimitive(existing.typeName))
        existing.guid?.let { json["guid"] = JsonPrimitive(it) }
        json["attributes"] = JsonObject(attributes)
        return JsonObject(json)
    }

    internal data class ConnectionRef(val qualifiedName: String, val connector: String)

    internal fun connectionOf(qualifiedName: String, what: String): ConnectionRef {
        val parts = qualifiedName.split('/')
        require(parts.size >= 3 && parts[0] == "default" && parts[1].isNotBlank() && parts[2].isNotBlank()) {
            "$what \"$qualifiedName\" does not start with a connection qualifiedName (default/<connector>/<epoch>)"
        }
        return ConnectionRef(parts.take(3).joinToString("/"), parts[1])
    }

    private fun str(value: String) = JsonPrimitive(value)

    private fun ref(typeName: String, qualifiedName: String): JsonElement = JsonObject(
        mapOf("typeName" to JsonPrimitive(typeName), "uniqueAttributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))),
    )

    private val random = SecureRandom()
    private const val ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /** A 21-character random id, as Atlan uses for glossary qualifiedNames. */
    fun nanoId(): String = String(CharArray(21) { ALPHABET[random.nextInt(ALPHABET.length)] })

}
