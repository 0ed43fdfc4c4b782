package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * One entry of Atlan's audit trail (`/api/meta/entity/auditSearch`): which asset ([entityId], [typeName],
 * [entityQualifiedName]), what was done ([action], typed by [actionType]), by whom ([user]) and when ([created], epoch
 * milliseconds), and what changed ([detail]: the changed attributes with their new values for an update, the tag for
 * a tag change, the set and its attributes for custom metadata). Atlan keeps no values from before a change.
 * Anything else the server sends is kept in [extras].
 */
@KeepGeneratedSerializer
@Serializable(with = EntityAudit.Serializer::class)
public data class EntityAudit(
    val entityId: String? = null,
    val typeName: String? = null,
    val entityQualifiedName: String? = null,
    val action: String? = null,
    val user: String? = null,
    val created: Long? = null,
    val timestamp: Long? = null,
    val eventKey: String? = null,
    val detail: JsonObject? = null,
    val entityDetail: JsonObject? = null,
    val headers: Map<String, String>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    /** [action] as an [AuditAction]; [AuditAction.OTHER] for one this version does not know ([action] keeps its text). */
    val actionType: AuditAction get() = AuditAction.of(action)

    /** The attributes an update or create set, with their new values (a removed attribute is `null`); empty for other actions. */
    val changedAttributes: Map<String, JsonElement>
        get() = if (actionType in AuditAction.ASSET_CHANGES) (detail?.get("attributes") as? JsonObject).orEmpty() else emptyMap()

    /** The Atlan tag (its internal name) a tag action added, removed or changed; null for other actions. */
    val tagTypeName: String?
        get() = if (actionType in AuditAction.TAG_CHANGES) (detail?.get("typeName") as? JsonPrimitive)?.content else null

    internal object Serializer : LosslessSerializer<EntityAudit>(generatedSerializer()) {
        override fun withExtras(value: EntityAudit, extras: JsonObject) = value.copy(extras = extras)
    }
}
