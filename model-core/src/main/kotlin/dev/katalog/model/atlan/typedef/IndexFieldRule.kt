package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The rule that turns an attribute definition into search index fields, shared by the generated field
 * handles and the local catalog's index mapping so the two cannot disagree:
 * - `int`, `long`, `float`, `double`, `date` give a numeric field named as the attribute; `boolean` a boolean one;
 * - strings, enums and arrays of either give a keyword base field with `"indexType":"STRING"`, otherwise
 *   an analyzed text field (settings from `indexTypeESConfig`);
 * - each entry `k` of `indexTypeESFields` adds the sub-field `<name>.<k>` of the type it declares;
 * - maps, structs and relationships give no searchable field.
 */
public class IndexFieldRule(enumNames: Collection<String>) {
    private val enums: Set<String> = enumNames.toSet()

    /** The rule for the enums of [typeDefs]. */
    public constructor(typeDefs: TypeDefResponse) : this(typeDefs.enumDefs.orEmpty().mapNotNull { it.name })

    /** How the index keeps [attribute], or null when it has no searchable field. */
    public fun indexOf(attribute: AttributeDef): AttributeIndex? {
        if (attribute.relationshipTypeName != null) return null
        val element = attribute.typeName.removePrefix("array<").removeSuffix(">")
        val name = attribute.name
        val base = when (element) {
            "int" -> IndexField(name, "integer")
            "long", "date" -> IndexField(name, "long")
            "float" -> IndexField(name, "float")
            "double" -> IndexField(name, "double")
            "boolean" -> IndexField(name, "boolean")
            "string" -> stringBase(attribute)
            else -> if (element in enums) stringBase(attribute) else return null
        }
        val subFields = attribute.indexTypeESFields.orEmpty().map { (suffix, config) ->
            val type = (config["type"] as? JsonPrimitive)?.content ?: "keyword"
            IndexField("$name.$suffix", type, JsonObject(config - "type"))
        }
        return AttributeIndex(name, base, subFields, isDate = element == "date")
    }

    private fun stringBase(attribute: AttributeDef): IndexField = IndexField(
        attribute.name,
        if (attribute.indexType == "STRING") "keyword" else "text",
        attribute.indexTypeESConfig ?: EmptyJsonObject,
    )
}
