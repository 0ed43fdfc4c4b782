package dev.katalog.client.assets

import dev.katalog.client.core.UsageException

/**
 * What a read of one asset brings back. The default, [MINIMAL], is Atlan's own SDK's default (pyatlan:
 * `min_ext_info=True, ignore_relationships=True`): the asset's attributes, tags and terms without its relationships
 * or the entities they point at, so that a table with thousands of columns reads in one small answer. [FULL] brings
 * every relationship; [attributes] and [relatedAttributes] ask for named attributes only (answered by the search
 * index, as Atlan's SDK does).
 */
public class ReadOptions private constructor(
    /** Leave out the entities the asset refers to (`minExtInfo`). */
    public val minExtInfo: Boolean,
    /** Leave out the asset's relationships (`ignoreRelationships`). */
    public val ignoreRelationships: Boolean,
    /** Only these attributes (besides type, GUID, qualifiedName and name); empty: every attribute. */
    public val attributes: List<String>,
    /** With [attributes]: the attributes wanted on each related asset. */
    public val relatedAttributes: List<String>,
) {
    /** Whether only chosen attributes are asked for, which a search answers. */
    internal val chosen: Boolean get() = attributes.isNotEmpty()

    internal fun queryFlags(): List<Pair<String, String>> =
        listOf("ignoreRelationships" to ignoreRelationships.toString(), "minExtInfo" to minExtInfo.toString())

    override fun toString(): String = "ReadOptions(minExtInfo=$minExtInfo, ignoreRelationships=$ignoreRelationships, attributes=$attributes, relatedAttributes=$relatedAttributes)"

    /** Builds [ReadOptions]; starts from [MINIMAL]. */
    public class Builder {
        private var minExtInfo = true
        private var ignoreRelationships = true
        private val attributes = ArrayList<String>()
        private val relatedAttributes = ArrayList<String>()
        public fun minExtInfo(value: Boolean): Builder = apply { minExtInfo = value }
        public fun ignoreRelationships(value: Boolean): Builder = apply { ignoreRelationships = value }
        public fun attributes(vararg names: String): Builder = apply { attributes += names }
        public fun attributes(names: List<String>): Builder = apply { attributes += names }
        public fun relatedAttributes(vararg names: String): Builder = apply { relatedAttributes += names }
        public fun relatedAttributes(names: List<String>): Builder = apply { relatedAttributes += names }
        public fun build(): ReadOptions {
            UsageException.check(attributes.none { it.isBlank() }, { "An attribute name is blank in $attributes" }, "Name each attribute, e.g. \"description\"")
            UsageException.check(
                relatedAttributes.isEmpty() || attributes.isNotEmpty(), { "relatedAttributes $relatedAttributes are set without attributes" },
                "Name the asset's attributes too (attributes(\"description\")); related attributes come with a chosen read",
            )
            return ReadOptions(minExtInfo, ignoreRelationships, attributes.distinct(), relatedAttributes.distinct())
        }
    }

    public companion object {
        /** The asset without relationships or referred entities: the default. */
        @JvmField
        public val MINIMAL: ReadOptions = Builder().build()

        /** The asset with every relationship and the entities they point at. */
        @JvmField
        public val FULL: ReadOptions = Builder().minExtInfo(false).ignoreRelationships(false).build()

        @JvmStatic
        public fun builder(): Builder = Builder()

        /** Only the attributes [names] (and on related assets [ReadOptions.Builder.relatedAttributes]). */
        @JvmStatic
        public fun attributes(vararg names: String): ReadOptions = Builder().attributes(*names).build()
    }
}
