// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.AttributeField
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.KeywordField
import dev.katalog.model.atlan.field.KeywordTextField
import dev.katalog.model.atlan.field.RelationField
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type Referenceable. */
public interface Referenceable : Entity {
    public val qualifiedName: String? get() = stringAttribute("qualifiedName")

    public val replicatedFrom: List<AtlasServer>? get() = relationsAttribute("replicatedFrom", AtlasServer)

    public val replicatedTo: List<AtlasServer>? get() = relationsAttribute("replicatedTo", AtlasServer)

    public val meanings: List<AtlasGlossaryTerm>? get() = relationsAttribute("meanings", AtlasGlossaryTerm)

    /** Typed setters of the attributes Referenceable declares, returning the builder [B]. */
    public interface Setters<B> : EntitySetters<B> {
        /** Sets qualifiedName. */
        public fun qualifiedName(value: String?): B = attribute("qualifiedName", encodeAttribute(value, String.serializer()))

        /** Sets replicatedFrom. */
        public fun replicatedFrom(value: List<AtlasServer>?): B = attribute("replicatedFrom", references(value))

        /** Sets replicatedTo. */
        public fun replicatedTo(value: List<AtlasServer>?): B = attribute("replicatedTo", references(value))

        /** Sets meanings. */
        public fun meanings(value: List<AtlasGlossaryTerm>?): B = attribute("meanings", references(value))
    }

    /** Builds a Referenceable: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<Referenceable, Builder>(Referenceable.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The Referenceable type: its name, super types, builders and search fields. */
    public companion object : AssetType<Referenceable>("Referenceable", listOf(), Referenceable::class.java) {
        override fun wrap(json: JsonObject): Referenceable = ReferenceableImpl(json)

        /** This type, for Java callers: `Referenceable.TYPE`. */
        @JvmField
        public val TYPE: AssetType<Referenceable> = this

        /** A reference to the Referenceable with [qualifiedName], to link assets: `Referenceable.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): Referenceable = referenceByQualifiedName(qualifiedName)

        /** A reference to the Referenceable with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): Referenceable = referenceByGuid(guid)

        /** A builder for a new Referenceable with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: Referenceable): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: Referenceable): Builder = Builder(AssetCreators.requiredOf(existing))

        @JvmField
        public val TYPE_NAME: KeywordTextField = KeywordTextField("typeName", "__typeName.keyword", "__typeName")

        @JvmField
        public val SUPER_TYPE_NAMES: KeywordTextField = KeywordTextField("typeName", "__superTypeNames.keyword", "__superTypeNames")

        @JvmField
        public val GUID: KeywordField = KeywordField("guid", "__guid")

        @JvmField
        public val STATUS: KeywordField = KeywordField("status", "__state")

        @JvmField
        public val CREATED_BY: KeywordField = KeywordField("createdBy", "__createdBy")

        @JvmField
        public val UPDATED_BY: KeywordField = KeywordField("updatedBy", "__modifiedBy")

        @JvmField
        public val CREATE_TIME: DateField = DateField("createTime", "__timestamp")

        @JvmField
        public val UPDATE_TIME: DateField = DateField("updateTime", "__modificationTimestamp")

        @JvmField
        public val ATLAN_TAGS: KeywordTextField = KeywordTextField("classificationNames", "__traitNames", "__classificationsText")

        @JvmField
        public val PROPAGATED_ATLAN_TAGS: KeywordTextField = KeywordTextField("classificationNames", "__propagatedTraitNames", "__classificationsText")

        @JvmField
        public val ASSIGNED_TERMS: KeywordTextField = KeywordTextField("meanings", "__meanings", "__meaningsText")

        @JvmField
        public val QUALIFIED_NAME: KeywordTextField = KeywordTextField("qualifiedName", "qualifiedName", "qualifiedName.text")

        @JvmField
        public val REPLICATED_FROM: AttributeField = AttributeField("replicatedFrom")

        @JvmField
        public val REPLICATED_TO: AttributeField = AttributeField("replicatedTo")

        @JvmField
        public val MEANINGS: RelationField = RelationField("meanings")
    }
}

internal class ReferenceableImpl(json: JsonObject) : EntityImpl(json), Referenceable
