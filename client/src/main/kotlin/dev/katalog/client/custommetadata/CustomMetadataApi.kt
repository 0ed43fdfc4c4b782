package dev.katalog.client.custommetadata

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.UsageException
import dev.katalog.client.names.CustomMetadataAttribute
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.client.names.CustomMetadataType
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.Badge
import dev.katalog.model.atlan.field.BooleanField
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.KeywordTextField
import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.structs.BadgeCondition
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject

/**
 * Custom metadata on assets by the display names of sets and attributes (`client.customMetadata`), translated to
 * Atlan's hashed names through the client's custom metadata cache, each value checked against its attribute's
 * type before it is sent. Changes go to Atlan's per-set endpoint as its own SDK sends them (pyatlan 9.10.3,
 * operation vectors `cm-update`, `cm-remove`); search fields come from [textField], [numericField],
 * [booleanField] and [dateField]. Java uses [CustomMetadataApiFutures].
 */
public class CustomMetadataApi internal constructor(
    private val calls: AtlanCalls,
    private val assets: AssetsApi,
    private val sets: CustomMetadataCache,
) {
    /** Sets [values] (by attribute display name; null clears one) of the set [set] on the asset with [guid]; its other attributes stay. */
    public suspend fun update(guid: String, set: String, values: Map<String, Any?>) {
        UsageException.check(values.isNotEmpty(), { "No custom metadata value to set in \"$set\"" }, "Pass at least one attribute and value")
        post(guid, set, values)
    }

    /** [update] for the asset of [type] with [qualifiedName]. */
    public suspend fun <T : Asset> update(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): Unit =
        update(guidOf(type, qualifiedName), set, values)

    /** Makes [values] the whole content of the set [set] on the asset: attributes not given are cleared. */
    public suspend fun replace(guid: String, set: String, values: Map<String, Any?>) {
        val found = sets.set(set)
        val given = values.keys.map { sets.attribute(found.id, it).id }.toSet()
        post(guid, set, values, cleared = found.attributes.filter { it.id !in given })
    }

    /** [replace] for the asset of [type] with [qualifiedName]. */
    public suspend fun <T : Asset> replace(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): Unit =
        replace(guidOf(type, qualifiedName), set, values)

    /** Removes the whole set [set] from the asset (every attribute cleared). */
    public suspend fun remove(guid: String, set: String): Unit = post(guid, set, emptyMap(), cleared = sets.set(set).attributes)

    /** [remove] for the asset of [type] with [qualifiedName]. */
    public suspend fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, set: String): Unit = remove(guidOf(type, qualifiedName), set)

    /** [asset]'s values of the set [set], by attribute display name and typed by attribute (the asset as read from the catalog). */
    public suspend fun read(asset: Asset, set: String): CustomMetadataValues {
        val found = sets.set(set)
        val stored = asset.businessAttributes?.get(found.id) as? JsonObject ?: JsonObject(emptyMap())
        val values = LinkedHashMap<String, Any?>()
        for (attribute in found.attributes) {
            // A search returns the values it was asked to include as attributes named `<set>.<attribute>` or `<attribute>`.
            val value = stored[attribute.id] ?: asset.attributes["${found.id}.${attribute.id}"] ?: asset.attributes[attribute.id] ?: continue
            if (value !is JsonNull) values[attribute.name] = attribute.fromJson(value)
        }
        return CustomMetadataValues(found.name, found.attributes, values)
    }

    /** The attribute [attribute] of the set [set]: hashed names, type, whether it holds a list. */
    public suspend fun attribute(set: String, attribute: String): CustomMetadataAttribute = sets.attribute(set, attribute)

    /**
     * A new badge [name] that shows the attribute [attribute] of the set [set] on assets, coloured by the first of
     * [conditions] its value meets, to save with `assets.save`. Its qualifiedName is `badges/global/<set id>.<attribute id>`
     * (atlan-python's `Badge.creator`): an attribute has one badge, and saving another replaces it.
     */
    public suspend fun badge(name: String, set: String, attribute: String, conditions: List<BadgeCondition>): Badge.Builder {
        UsageException.check(name.isNotBlank(), { "A badge's name is blank" }, "name the badge as users see it, e.g. \"Score\"")
        UsageException.check(conditions.isNotEmpty(), { "The badge \"$name\" has no conditions: it would never show" },
            "give at least one BadgeCondition(badgeConditionOperator = \">=\", badgeConditionValue = \"80\", badgeConditionColorhex = \"#047960\")")
        val found = sets.attribute(set, attribute)
        val key = "${found.setId}.${found.id}"
        return Badge.builder().qualifiedName("badges/global/$key").name(name).badgeMetadataAttribute(key).badgeConditions(conditions)
    }

    /** The hashed name of the set [set]. */
    public suspend fun idFor(set: String): String = sets.set(set).id

    /** The display names of every custom metadata set the tenant has. */
    public suspend fun names(): List<String> = sets.setNames()

    /** Reads the custom metadata definitions again now (they are also read on a miss and after this client changes one). */
    public suspend fun refresh(): Unit = sets.refresh()

    /** A text attribute (text, URL, enumeration, user or group) as a search field: exact values, prefixes, full text. */
    public suspend fun textField(set: String, attribute: String): KeywordTextField {
        val found = typed(set, attribute, "textField", CustomMetadataType.TEXT, CustomMetadataType.URL, CustomMetadataType.ENUM, CustomMetadataType.USER, CustomMetadataType.GROUP)
        return KeywordTextField(found.id, found.id, "${found.id}.text")
    }

    /** A numeric attribute as a search field: comparisons, ranges, metrics. */
    public suspend fun numericField(set: String, attribute: String): NumericField =
        typed(set, attribute, "numericField", CustomMetadataType.INTEGER, CustomMetadataType.DECIMAL).let { NumericField(it.id, it.id) }

    /** A boolean attribute as a search field. */
    public suspend fun booleanField(set: String, attribute: String): BooleanField =
        typed(set, attribute, "booleanField", CustomMetadataType.BOOLEAN).let { BooleanField(it.id, it.id) }

    /** A date attribute as a search field: comparisons and ranges of instants. */
    public suspend fun dateField(set: String, attribute: String): DateField =
        typed(set, attribute, "dateField", CustomMetadataType.DATE).let { DateField(it.id, it.id) }

    override fun toString(): String = "CustomMetadataApi"

    private suspend fun typed(set: String, attribute: String, asked: String, vararg fits: CustomMetadataType): CustomMetadataAttribute {
        val found = sets.attribute(set, attribute)
        if (found.type in fits) return found
        val right = when (found.type) {
            CustomMetadataType.INTEGER, CustomMetadataType.DECIMAL -> "numericField"
            CustomMetadataType.BOOLEAN -> "booleanField"
            CustomMetadataType.DATE -> "dateField"
            else -> "textField"
        }
        throw UsageException("\"${found.setName}\" > \"${found.name}\" holds ${found.type.described}, which $asked cannot search", "Use $right(\"$set\", \"$attribute\")")
    }

    private suspend fun post(guid: String, set: String, values: Map<String, Any?>, cleared: List<CustomMetadataAttribute> = emptyList()) {
        val found = sets.set(set)
        val body = LinkedHashMap<String, JsonElement>()
        for ((name, value) in values) {
            val attribute = sets.attribute(found.id, name)
            body[attribute.id] = attribute.toJson(value)
        }
        for (attribute in cleared) body.putIfAbsent(attribute.id, JsonNull)
        val path = "/api/meta/entity/guid/${AtlanCalls.pathSegment(guid)}/businessmetadata/${AtlanCalls.pathSegment(found.id)}"
        calls.call(HttpMethod.Post, path, body = JsonObject(body).toString())
    }

    private suspend fun <T : Asset> guidOf(type: AssetType<T>, qualifiedName: String): String = assets.get(type, qualifiedName).guid!!
}
