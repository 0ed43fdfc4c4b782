package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.security.MessageDigest

/**
 * The creators of lineage processes (`Process`, `ColumnProcess`), with Atlan's qualifiedName rule as the reference
 * SDK applies it (pyatlan, `Process.Attributes.generate_qualified_name`): `<connection>/<processId>` when the process
 * has an id, otherwise `<connection>/<md5 hex>` of its name, the connection, and the GUIDs of its parent, inputs and
 * outputs in that order (references by qualifiedName add nothing to the hash).
 */
internal object ProcessCreators {
    fun <B : EntitySetters<B>> process(
        b: B,
        name: String,
        connectionQualifiedName: String,
        inputs: List<Entity>,
        outputs: List<Entity>,
        processId: String?,
        parent: Entity?,
    ): B {
        require(name.isNotBlank()) { "A process needs a name: give the job's name, e.g. \"orders-agg\"" }
        val connection = AssetCreators.connectionOf(connectionQualifiedName, "connectionQualifiedName")
        require(inputs.isNotEmpty() && outputs.isNotEmpty()) {
            "Process \"$name\" has ${inputs.size} inputs and ${outputs.size} outputs: lineage needs at least one of each; " +
                "pass the assets it reads as inputs and the assets it writes as outputs"
        }
        val qualifiedName = qualifiedName(name, connection.qualifiedName, inputs, outputs, processId, parent)
        val built = b.attribute("qualifiedName", JsonPrimitive(qualifiedName)).attribute("name", JsonPrimitive(name))
            .attribute("connectorName", JsonPrimitive(connection.connector))
            .attribute("connectionQualifiedName", JsonPrimitive(connection.qualifiedName))
            .attribute("inputs", JsonArray(inputs.map(::lineageEnd)))
            .attribute("outputs", JsonArray(outputs.map(::lineageEnd)))
        return built
    }

    /** A column-level process of [parent] (a Process): the same rule, the parent named as its `process`. */
    fun <B : EntitySetters<B>> columnProcess(
        b: B,
        name: String,
        connectionQualifiedName: String,
        inputs: List<Entity>,
        outputs: List<Entity>,
        parent: Entity,
        processId: String?,
    ): B = process(b, name, connectionQualifiedName, inputs, outputs, processId, parent).attribute("process", reference(parent))

    fun qualifiedName(name: String, connectionQualifiedName: String, inputs: List<Entity>, outputs: List<Entity>, processId: String?, parent: Entity?): String {
        if (!processId.isNullOrBlank()) return "$connectionQualifiedName/$processId"
        val text = StringBuilder(name).append(connectionQualifiedName)
        parent?.guid?.let(text::append)
        (inputs + outputs).forEach { end -> end.guid?.let(text::append) }
        val digest = MessageDigest.getInstance("MD5").digest(text.toString().toByteArray(Charsets.UTF_8))
        return "$connectionQualifiedName/" + digest.joinToString("") { "%02x".format(it) }
    }

    /** An input or output as Atlan's SDKs send it: by GUID, or by type and qualifiedName with empty attributes. */
    private fun lineageEnd(entity: Entity): JsonElement {
        val ref = reference(entity) as JsonObject
        return if (ref.containsKey("uniqueAttributes")) JsonObject(linkedMapOf("typeName" to ref.getValue("typeName"), "attributes" to JsonObject(emptyMap())) + ("uniqueAttributes" to ref.getValue("uniqueAttributes"))) else ref
    }
}
