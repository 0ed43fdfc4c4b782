package dev.katalog.model.atlan.asset

import dev.katalog.model.json.JsonBacked
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonObject
import java.time.Instant

/**
 * Any Atlan entity: its envelope (type, guid, status, tags, terms, audit fields) read from its JSON.
 *
 * Entities are immutable and keep every field they were given, known or not; generated subtypes
 * such as [Table] add typed access to their attributes.
 */
@Serializable(with = EntitySerializer::class)
public interface Entity : JsonBacked {
    /** The Atlan type name, e.g. `Table`; kept as sent even when this SDK does not know the type. */
    public val typeName: String get() = envelopeString("typeName") ?: ""

    /** The entity's GUID, or a negative placeholder (`"-123"`) on an entity not yet saved. */
    public val guid: String? get() = envelopeString("guid")

    /** ACTIVE, or DELETED when archived (`entityStatus` on relationship headers). */
    public val status: EntityStatus? get() = (envelopeString("status") ?: envelopeString("entityStatus"))?.let { s ->
        EntityStatus.of(s) ?: throw attributeMismatch("$.status", "ACTIVE, DELETED or PURGED", s)
    }

    /** The plain attributes, as sent. */
    public val attributes: JsonObject get() = envelopeObject("attributes")

    /** The relationship attributes, as sent. */
    public val relationshipAttributes: JsonObject get() = envelopeObject("relationshipAttributes")

    /** Atlan tags on this entity, with their hashed type names. */
    public val atlanTags: List<AtlanTag>? get() = envelopeDecoded("classifications", AtlanTag.listSerializer)

    /** Hashed names of the Atlan tags on this entity. */
    public val atlanTagNames: List<String>? get() = envelopeDecoded("classificationNames", stringList)

    /** Glossary terms assigned to this entity. */
    public val termAssignments: List<TermAssignment>? get() = envelopeDecoded("meanings", TermAssignment.listSerializer)

    /** Display names of the glossary terms assigned to this entity. */
    public val meaningNames: List<String>? get() = envelopeDecoded("meaningNames", stringList)

    /** Free-form labels. */
    public val labels: List<String>? get() = envelopeDecoded("labels", stringList)

    /** Custom metadata, keyed by hashed set name then hashed attribute name. */
    public val businessAttributes: JsonObject? get() = json["businessAttributes"]?.let { envelopeObject("businessAttributes") }

    /** Who created the entity. */
    public val createdBy: String? get() = envelopeString("createdBy")

    /** Who last updated the entity. */
    public val updatedBy: String? get() = envelopeString("updatedBy")

    /** When the entity was created. */
    public val createTime: Instant? get() = envelopeLong("createTime")?.let(Instant::ofEpochMilli)

    /** When the entity was last updated. */
    public val updateTime: Instant? get() = envelopeLong("updateTime")?.let(Instant::ofEpochMilli)

    /** The server's version counter for the entity. */
    public val version: Long? get() = envelopeLong("version")

    /** True when the server only has a stub of this entity. */
    public val isIncomplete: Boolean? get() = envelopeBoolean("isIncomplete")

    /** The server's display text, usually the name. */
    public val displayText: String? get() = envelopeString("displayText")

    /** The attribute [name] as sent (from `attributes`, else `relationshipAttributes`), or null when absent. */
    public fun attribute(name: String): kotlinx.serialization.json.JsonElement? =
        attributes[name] ?: relationshipAttributes[name]
}
