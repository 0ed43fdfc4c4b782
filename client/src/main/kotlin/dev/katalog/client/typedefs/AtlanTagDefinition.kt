package dev.katalog.client.typedefs

import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Builds the definition of an Atlan tag: its display name, colour, icon and description, as Atlan's SDK sends one
 * (pyatlan 9.10.3 `AtlanTagDef.create`, operation vector `typedef-tag`). The server gives it a hashed name.
 * Create it with `client.typeDefs.create(AtlanTagDefinition.builder("PII").color(AtlanTagColor.RED).build())`.
 */
public class AtlanTagDefinition private constructor() {
    /** Builds a tag definition; unset options keep Atlan's defaults (gray, the tag icon). */
    public class Builder internal constructor(private val name: String) {
        private var color = AtlanTagColor.GRAY
        private var iconName = DEFAULT_ICON
        private var iconType = "icon"
        private var imageId = ""
        private var description: String? = null
        private var allowSharedName = false

        /**
         * Lets the tag be created even when another tag is already shown with the same name (Atlan checks by
         * default). Such a tag is then named by its hashed name wherever a name is asked for.
         */
        public fun allowSharedName(value: Boolean): Builder = apply { allowSharedName = value }

        public fun color(value: AtlanTagColor): Builder = apply { color = value }

        /** One of Atlan's icons by name (e.g. `PhBookOpen`). */
        public fun icon(name: String): Builder = apply {
            UsageException.check(name.isNotBlank(), { "The icon name of tag \"${this.name}\" is blank" }, "Name one of Atlan's icons, or leave the default")
            iconName = name
            iconType = "icon"
        }

        /** An emoji instead of an icon. */
        public fun emoji(value: String): Builder = apply {
            UsageException.check(value.isNotBlank(), { "The emoji of tag \"$name\" is blank" }, "Give an emoji, or leave the default icon")
            iconName = value
            iconType = "emoji"
        }

        /** An uploaded image (its id in Atlan) instead of an icon. */
        public fun image(id: String): Builder = apply {
            UsageException.check(id.isNotBlank(), { "The image id of tag \"$name\" is blank" }, "Give the id Atlan returned for the uploaded image")
            imageId = id
            iconType = "image"
        }

        public fun description(value: String?): Builder = apply { description = value }

        public fun build(): TypeDef = TypeDef.builder(TypeCategory.CLASSIFICATION, name)
            .displayName(name)
            .description(description)
            .options(
                JsonObject(
                    mapOf(
                        "color" to JsonPrimitive(color.wireName),
                        "iconName" to JsonPrimitive(iconName),
                        "imageID" to JsonPrimitive(imageId),
                        "iconType" to JsonPrimitive(iconType),
                    ),
                ),
            )
            .extras(JsonObject(mapOf("skipDisplayNameUniquenessCheck" to JsonPrimitive(allowSharedName))))
            .build()
    }

    public companion object {
        private const val DEFAULT_ICON = "atlanTags"

        /** A builder for the tag shown as [name]. */
        @JvmStatic
        public fun builder(name: String): Builder {
            UsageException.check(name.isNotBlank(), { "An Atlan tag needs a name" }, "Give the name users will see, e.g. \"PII\"")
            return Builder(name)
        }
    }
}
