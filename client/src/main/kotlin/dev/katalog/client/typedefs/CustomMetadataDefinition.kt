package dev.katalog.client.typedefs

import dev.katalog.client.core.UsageException
import dev.katalog.client.names.CustomMetadataType
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.EnumElementDef
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Builds definitions of custom metadata sets with typed attributes, and of the enumerations their attributes may
 * take. The server gives sets and attributes hashed names; users keep using the display names given here.
 *
 * ```
 * client.typeDefs.create(
 *     CustomMetadataDefinition.builder("Data Quality")
 *         .attribute("Score", CustomMetadataType.DECIMAL)
 *         .attribute("Owners", CustomMetadataType.USER) { it.multiValued(true) }
 *         .build())
 * ```
 */
public class CustomMetadataDefinition private constructor() {
    /** Builds a custom metadata set. */
    public class Builder internal constructor(private val name: String) {
        private val attributes = ArrayList<AttributeDef>()
        private var description: String? = null

        public fun description(value: String?): Builder = apply { description = value }

        /** Adds the attribute [name] holding values of [type], further described by [describe]. */
        @JvmOverloads
        public fun attribute(name: String, type: CustomMetadataType, describe: java.util.function.Consumer<AttributeBuilder> = java.util.function.Consumer {}): Builder = apply {
            UsageException.check(name.isNotBlank(), { "An attribute of custom metadata \"${this.name}\" has no name" }, "Give each attribute the name users will see")
            UsageException.check(attributes.none { it.displayName == name }, { "Custom metadata \"${this.name}\" has two attributes named \"$name\"" }, "Give each attribute its own name")
            attributes += AttributeBuilder(name, type).also { describe.accept(it) }.build()
        }

        public fun build(): TypeDef {
            UsageException.check(attributes.isNotEmpty(), { "Custom metadata \"$name\" has no attribute" }, "Add at least one with attribute(name, type)")
            return TypeDef.builder(TypeCategory.BUSINESS_METADATA, name).displayName(name).description(description).attributeDefs(attributes.toList())
                .options(JsonObject(mapOf("logoType" to JsonPrimitive("icon"), "emoji" to JsonPrimitive(null as String?))))
                .build()
        }
    }

    /** Describes one attribute: several values, the enumeration it takes, the asset types it applies to. */
    public class AttributeBuilder internal constructor(private val name: String, private val type: CustomMetadataType) {
        private var multiValued = false
        private var enumType: String? = null
        private var description: String? = null
        private val applicableTo = ArrayList<String>()

        public fun multiValued(value: Boolean): AttributeBuilder = apply { multiValued = value }

        /** For [CustomMetadataType.ENUM]: the enumeration's name (create it with [CustomMetadataDefinition.enumeration]). */
        public fun enumType(value: String): AttributeBuilder = apply { enumType = value }

        public fun description(value: String?): AttributeBuilder = apply { description = value }

        /** Only assets of [types] can have it (all assets when none is given). */
        public fun applicableTo(vararg types: AssetType<*>): AttributeBuilder = apply { types.mapTo(applicableTo) { it.typeName } }

        internal fun build(): AttributeDef {
            UsageException.check((type == CustomMetadataType.ENUM) == (enumType != null), {
                if (enumType == null) "Attribute \"$name\" is an ENUM without its enumeration" else "Attribute \"$name\" names enumeration $enumType but is a $type"
            }, "An ENUM attribute names its enumeration with enumType(…); other types do not")
            val element = when (type) {
                CustomMetadataType.INTEGER -> "long"
                CustomMetadataType.DECIMAL -> "double"
                CustomMetadataType.BOOLEAN -> "boolean"
                CustomMetadataType.DATE -> "date"
                CustomMetadataType.ENUM -> enumType!!
                else -> "string"
            }
            val customType = when (type) {
                CustomMetadataType.USER -> "users"
                CustomMetadataType.GROUP -> "groups"
                CustomMetadataType.URL -> "url"
                else -> null
            }
            val options = linkedMapOf(
                "applicableEntityTypes" to JsonPrimitive("[\"Asset\"]"),
                "customApplicableEntityTypes" to JsonPrimitive(applicableTo.ifEmpty { listOf("Asset") }.joinToString(",", "[", "]") { "\"$it\"" }),
                "multiValueSelect" to JsonPrimitive(multiValued.toString()),
                "isEnum" to JsonPrimitive((type == CustomMetadataType.ENUM).toString()),
                "primitiveType" to JsonPrimitive(customType ?: element.takeIf { type != CustomMetadataType.ENUM } ?: "enum"),
            )
            enumType?.let { options["enumType"] = JsonPrimitive(it) }
            customType?.let { options["customType"] = JsonPrimitive(it) }
            return AttributeDef.builder(name, if (multiValued) "array<$element>" else element)
                .displayName(name).description(description).isOptional(true)
                .cardinality(if (multiValued) "SET" else "SINGLE").valuesMinCount(0).valuesMaxCount(if (multiValued) Int.MAX_VALUE else 1)
                .isUnique(false).isIndexable(true)
                .indexType(if (element == "string" || type == CustomMetadataType.ENUM) "STRING" else null)
                .options(JsonObject(options))
                .build()
        }
    }

    public companion object {
        /** A builder for the custom metadata set shown as [name]. */
        @JvmStatic
        public fun builder(name: String): Builder {
            UsageException.check(name.isNotBlank(), { "A custom metadata set needs a name" }, "Give the name users will see, e.g. \"Data Quality\"")
            return Builder(name)
        }

        /** The definition of the enumeration [name] with [values], in order, for ENUM attributes. */
        @JvmStatic
        public fun enumeration(name: String, values: List<String>): TypeDef {
            UsageException.check(name.isNotBlank(), { "An enumeration needs a name" }, "Give it a name, e.g. \"Quality Level\"")
            UsageException.check(values.isNotEmpty() && values.toSet().size == values.size, { "Enumeration \"$name\" has ${if (values.isEmpty()) "no values" else "repeated values"}" }, "Give each value once")
            return TypeDef.builder(TypeCategory.ENUM, name)
                .elementDefs(values.mapIndexed { i, v -> EnumElementDef.builder(v).ordinal(i).build() })
                .build()
        }
    }
}
