package dev.katalog.client.openmetadata.customproperties

import dev.katalog.client.core.UsageException

/**
 * A custom property to add to an entity type: its [name] (1.4's `entityName`, letters, digits and underscores), its
 * [propertyType] by name (`string`, `integer`, `markdown`, `enum`, `email`, `date`, `entityReference`… as
 * `om.customProperties.propertyTypes()` lists them), a [description], and for an enum its [enumValues] and whether
 * several may be chosen ([multiSelect]). Build one with [of] or [enumeration]; each is checked when built.
 */
public class CustomPropertyDefinition private constructor(
    public val name: String,
    public val propertyType: String,
    public val description: String,
    public val enumValues: List<String>,
    public val multiSelect: Boolean,
) {
    override fun toString(): String = "CustomPropertyDefinition($name: $propertyType)"

    public companion object {
        // type/basic.json#/definitions/entityName in 1.4.
        private val NAME = Regex("""^\w+$""")

        /** A property [name] of the property type named [propertyType] (any but `enum`, which takes [enumeration]). */
        @JvmStatic
        public fun of(name: String, propertyType: String, description: String): CustomPropertyDefinition {
            UsageException.check(propertyType != ENUM, { "Custom property $name is an enum, which needs its values" }, "Use CustomPropertyDefinition.enumeration(name, description, values, multiSelect)")
            return checked(CustomPropertyDefinition(name, propertyType, description, emptyList(), false))
        }

        /** An enum property [name] whose values are among [values]; with [multiSelect] a value may hold several of them. */
        @JvmStatic
        @JvmOverloads
        public fun enumeration(name: String, description: String, values: List<String>, multiSelect: Boolean = false): CustomPropertyDefinition {
            // TypeRepository.validateEnumConfig refuses an enum without values or with one twice.
            UsageException.check(values.isNotEmpty(), { "Enum custom property $name has no values" }, "Pass the values it may take, e.g. listOf(\"Gold\", \"Silver\")")
            val twice = values.groupBy { it }.filterValues { it.size > 1 }.keys
            UsageException.check(twice.isEmpty(), { "Enum custom property $name lists ${twice.joinToString()} more than once" }, "List each value once")
            return checked(CustomPropertyDefinition(name, ENUM, description, values, multiSelect))
        }

        internal const val ENUM = "enum"

        private fun checked(definition: CustomPropertyDefinition): CustomPropertyDefinition {
            UsageException.check(
                NAME.matches(definition.name),
                { "\"${definition.name.take(80)}\" is not a custom property name" },
                "Use letters, digits and underscores only, in camelCase as OpenMetadata's own: e.g. dataSteward",
            )
            UsageException.check(definition.propertyType.isNotBlank(), { "Custom property ${definition.name} has no property type" }, "Name one, e.g. string, integer, markdown, enum")
            UsageException.check(definition.description.isNotBlank(), { "Custom property ${definition.name} has no description" }, "OpenMetadata requires one: say what the property holds")
            return definition
        }
    }
}
