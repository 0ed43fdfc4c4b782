package dev.katalog.local.store

import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/** One entity of a bulk save request, as parsed, and what the save decided about it. */
internal class IncomingEntity(
    val position: Int,
    val typeName: String,
    val sentGuid: String?,
    val plain: Map<String, JsonElement>,
    val relations: Map<String, JsonElement>,
    val appendRelations: Map<String, JsonElement>,
    val removeRelations: Map<String, JsonElement>,
    val raw: JsonObject,
) {
    var qualifiedName: String? = plain["qualifiedName"].str()
    var existing: StoredAsset? = null
    var sameAs: IncomingEntity? = null
    lateinit var guid: String

    /** Attributes the server sets whatever the client sent (a domain's parent and super domain), applied over [plain]. */
    val serverSet: MutableMap<String, JsonElement> = LinkedHashMap()
    val key: String? get() = qualifiedName?.let { "$typeName|$it" }
    val name: String? get() = plain["name"].str() ?: existing?.name ?: sameAs?.name

    companion object {
        /** A GUID the client made up to point at an entity of the same request: any GUID starting with `-`. */
        fun isPlaceholder(guid: String): Boolean = guid.startsWith("-")
    }
}
