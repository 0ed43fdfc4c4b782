package dev.katalog.local.openmetadata

import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Turns a (schema-valid) create request into the entity OpenMetadata 1.4 would hold: parents given by FQN become
 * `EntityReference`s, the FQN parent's own references and `serviceType` are inherited, the FQN is computed (columns
 * included), and other entities named by id, name or FQN become references. Server fields are set by the caller.
 */
internal class EntityBuilder(private val index: EntityIndex) {
    private val references = StoredReferences(index)

    /** The entity's fields from [request] (without id, version and audit fields), and its FQN. */
    suspend fun fromRequest(kind: EntityKind, request: JsonObject): JsonObject {
        for (field in kind.unsupported) {
            val value = request[field]
            if (value != null && value != JsonNull && !(value is JsonArray && value.isEmpty())) {
                throw OpenMetadataErrors.badRequest("$field is not served by the local catalog's OpenMetadata API: remove it from the ${kind.type} request")
            }
        }
        val name = request.str("name") ?: QueryChecksum.nameOf(kind, request)
        val fields = LinkedHashMap<String, JsonElement>()
        val consumed = kind.parents.map { it.createField } + kind.links.map { it.field } + kind.transient + "owner"
        for ((key, value) in request) if (key !in consumed && value != JsonNull) fields[key] = value
        if (request.str("name") == null) {
            fields["name"] = JsonPrimitive(name)
            fields["checksum"] = JsonPrimitive(name)
        }

        var fqnParent: JsonObject? = null
        for (link in kind.parents) {
            val parent = parentOf(link, request) ?: continue
            fields[link.entityField] = EntityReference.of(link.type, parent)
            if (fqnParent == null) fqnParent = parent
        }
        if (kind.parents.isNotEmpty() && fqnParent == null && !kind.parentOptional) {
            throw OpenMetadataErrors.badRequest("A ${kind.type} needs its parent: give ${kind.parents.joinToString(" or ") { it.createField }} as a fully qualified name")
        }
        fqnParent?.let { parent -> inherit(kind, parent, fields) }

        fields["fullyQualifiedName"] = JsonPrimitive(fqn(listOfNotNull(fqnParent?.str("fullyQualifiedName"), kind.fqnInfix), name))
        for (link in kind.links) {
            val value = request[link.field] ?: continue
            if (value == JsonNull) continue
            if (link.by == LinkField.By.REFERENCE) {
                fields[link.field] = JsonArray((value as JsonArray).map { referenced(it as JsonObject) })
                continue
            }
            val keys = (value as? JsonArray)?.map { (it as JsonPrimitive).content } ?: listOf((value as JsonPrimitive).content)
            val refs = keys.map { key -> EntityReference.of(link.type, resolve(link, key)) }
            fields[link.field] = if (link.many) JsonArray(refs) else refs.single()
        }
        request.obj("owner")?.let { fields["owner"] = owner(it) }
        for (field in kind.referenceLists) (fields[field] as? JsonArray)?.let { fields[field] = references.list(it) }
        TableConstraintRules.check(kind, fields)
        (fields["columns"] as? JsonArray)?.let { fields["columns"] = withColumnFqns(ColumnRules.checked(it), fields["fullyQualifiedName"]!!.str()!!) }
        (fields["tasks"] as? JsonArray)?.let { fields["tasks"] = withTaskFqns(it, fields["fullyQualifiedName"]!!.str()!!) }
        val entity = withNestedFqns(kind, JsonObject(fields))
        checkTags(entity)
        return entity
    }

    // A parent named by FQN, or (a container's parent) by an EntityReference whose type must be the parent's.
    private suspend fun parentOf(link: ParentLink, request: JsonObject): JsonObject? {
        val parentKind = EntityKinds.ofType(link.type)!!
        if (!link.byReference) {
            val parentFqn = request.str(link.createField) ?: return null
            return index.byFqn(parentKind, parentFqn)?.takeIf { it["deleted"] != JsonPrimitive(true) }
                ?: throw OpenMetadataErrors.notFound(link.type, parentFqn)
        }
        val reference = request.obj(link.createField) ?: return null
        if (reference.str("type") != link.type) {
            throw OpenMetadataErrors.badRequest("${link.createField} of a ${kind(link)} is a ${link.type}: set ${link.createField}.type to ${link.type}")
        }
        val id = reference.str("id").orEmpty()
        return index.get(parentKind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(link.type, id)
    }

    private fun kind(link: ParentLink): String = EntityKinds.all.first { link in it.parents }.type

    /** Every tag label (on the entity and its columns) names an existing tag or glossary term, as OpenMetadata checks. */
    suspend fun checkTags(entity: JsonObject) {
        for (label in labels(entity)) {
            val fqn = label.str("tagFQN") ?: continue
            val kind = if (label.str("source") == "Glossary") EntityKinds.GLOSSARY_TERM else EntityKinds.TAG
            index.byFqn(kind, fqn)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(kind.type, fqn)
        }
    }

    private fun labels(entity: JsonObject): List<JsonObject> {
        val own = (entity["tags"] as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }
        val columns = (entity["columns"] as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }
        return own + columns.flatMap { labels(it) }
    }

    // The FQN parent's own parents (a table's database and service) and serviceType; a parent given twice must agree.
    private fun inherit(kind: EntityKind, parent: JsonObject, fields: MutableMap<String, JsonElement>) {
        for (field in kind.inherited) {
            val value = parent[field] ?: continue
            val given = fields[field]
            if (given != null && given.refId() != value.refId()) {
                throw OpenMetadataErrors.badRequest(
                    "${parent.str("fullyQualifiedName")} belongs to $field ${value.obj()?.str("fullyQualifiedName")}, not ${given.obj()?.str("fullyQualifiedName")}",
                )
            }
            fields[field] = value
        }
    }

    private suspend fun resolve(link: LinkField, key: String): JsonObject {
        val kind = EntityKinds.ofType(link.type)!!
        val found = when (link.by) {
            LinkField.By.ID -> index.get(kind, key)
            LinkField.By.NAME -> index.byFqn(kind, quote(key))
            LinkField.By.FQN -> index.byFqn(kind, key)
            LinkField.By.REFERENCE -> error("${link.field} holds references, completed by referenced()")
        }
        return found?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(link.type, key)
    }

    // An EntityReference of any kind this catalog serves, completed from the entity (1.4 EntityUtil.populateEntityReferences).
    private suspend fun referenced(reference: JsonObject): JsonObject {
        val type = reference.str("type").orEmpty()
        val kind = EntityKinds.ofType(type) ?: throw OpenMetadataErrors.badRequest("Unknown entity type ${type.take(100)} in a reference: use one of ${EntityKinds.all.joinToString(", ") { it.type }}")
        val id = reference.str("id").orEmpty()
        val found = index.get(kind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, id)
        return EntityReference.of(type, found)
    }

    private suspend fun owner(reference: JsonObject): JsonObject {
        val type = reference.str("type").orEmpty()
        val id = reference.str("id").orEmpty()
        if (type != "user" && type != "team") throw OpenMetadataErrors.badRequest("An owner is a user or a team: set owner.type to user or team")
        val owner = index.get(EntityKinds.ofType(type)!!, id)?.takeIf { it["deleted"] != JsonPrimitive(true) }
            ?: throw OpenMetadataErrors.notFound(type, id)
        return EntityReference.of(type, owner)
    }

    companion object {
        /** Column FQNs: the table's FQN then each column's name, nested columns under their parent. */
        fun withColumnFqns(columns: JsonArray, parentFqn: String): JsonArray = JsonArray(columns.map { column ->
            val o = column as? JsonObject ?: return@map column
            val name = o.str("name") ?: return@map column
            val fqn = parentFqn + "." + quote(name)
            val children = o["children"] as? JsonArray
            JsonObject(o + ("fullyQualifiedName" to JsonPrimitive(fqn)) + (if (children != null) mapOf("children" to withColumnFqns(children, fqn)) else emptyMap()))
        })

        /** [entity] with FQNs on the nested parts its kind names ([EntityKind.nestedFqns]) under the entity's FQN. */
        fun withNestedFqns(kind: EntityKind, entity: JsonObject): JsonObject {
            val fqn = entity.str("fullyQualifiedName") ?: return entity
            var result = entity
            for (nested in kind.nestedFqns) {
                val holder = if (nested.holder == null) result else result.obj(nested.holder) ?: continue
                val array = holder[nested.array] as? JsonArray ?: continue
                val named = JsonObject(holder + (nested.array to withColumnFqns(array, fqn)))
                result = if (nested.holder == null) named else JsonObject(result + (nested.holder to named))
            }
            return result
        }

        /** Pipeline task FQNs: the pipeline's FQN then the task's name. */
        fun withTaskFqns(tasks: JsonArray, pipelineFqn: String): JsonArray = JsonArray(tasks.map { task ->
            val o = task as? JsonObject ?: return@map task
            val name = o.str("name") ?: return@map task
            JsonObject(o + ("fullyQualifiedName" to JsonPrimitive(pipelineFqn + "." + quote(name))))
        })

        private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()

        fun fqn(parents: List<String>, name: String): String {
            val fqn = (parents + quote(name)).joinToString(".")
            if (fqn.length > Fqn.MAX_FQN_LENGTH) {
                throw OpenMetadataErrors.badRequest("The fully qualified name would be ${fqn.length} characters long: use shorter names (at most ${Fqn.MAX_FQN_LENGTH})")
            }
            return fqn
        }

        fun quote(name: String): String = try {
            Fqn.quoteName(name)
        } catch (e: InvalidFqnException) {
            throw OpenMetadataErrors.badRequest(e.message.orEmpty())
        }
    }
}
