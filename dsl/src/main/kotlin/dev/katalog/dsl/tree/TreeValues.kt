package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.AssetType
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.booleanOrNull
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.lang.reflect.WildcardType
import java.math.BigDecimal
import java.time.Instant
import java.time.format.DateTimeParseException

/**
 * Whether a value a tree sets equals the one a catalog holds, compared as the attribute's typed setter means it:
 * numbers by value (a Long 5 equals a stored 5.0), dates by instant (epoch milliseconds or ISO-8601), lists Atlan
 * keeps as sets regardless of order and repeats, other lists in order, enums and text by content. Attributes set by
 * name that the model lacks are compared as JSON, numbers by value and arrays regardless of order.
 */
public object TreeValues {
    /** True when [planned], set on an asset of [type] as attribute [attribute], equals [current] as the catalog returned it. */
    @JvmStatic
    public fun same(type: AssetType<*>, attribute: String, planned: JsonElement?, current: JsonElement?): Boolean {
        val setter = SetterTypes.of(type)[attribute] ?: return sameJson(planned, current)
        return same(kindOf(setter, isSet(type, attribute)), planned, current)
    }

    private sealed interface Kind {
        data object Number : Kind
        data object Bool : Kind
        data object Text : Kind
        data object Date : Kind
        data object Json : Kind
        data class Many(val element: Kind, val unordered: Boolean) : Kind
    }

    private fun kindOf(type: Type, unordered: Boolean): Kind = when (type) {
        is Class<*> -> when {
            type == java.lang.Boolean::class.java -> Kind.Bool
            java.lang.Number::class.java.isAssignableFrom(type) -> Kind.Number
            type == String::class.java || type.isEnum -> Kind.Text
            type == Instant::class.java -> Kind.Date
            else -> Kind.Json
        }
        is ParameterizedType -> {
            val raw = type.rawType as Class<*>
            if (Collection::class.java.isAssignableFrom(raw)) Kind.Many(kindOf(type.actualTypeArguments[0], false), unordered) else Kind.Json
        }
        is WildcardType -> kindOf(type.upperBounds[0], unordered)
        else -> Kind.Json
    }

    private fun same(kind: Kind, planned: JsonElement?, current: JsonElement?): Boolean {
        val left = planned.orAbsent()
        val right = current.orAbsent()
        if (left == null || right == null) return left == null && right == null
        return when (kind) {
            Kind.Number -> numberOf(left)?.let { l -> numberOf(right)?.let { r -> l.compareTo(r) == 0 } } ?: (left == right)
            Kind.Bool -> (left as? JsonPrimitive)?.booleanOrNull.let { it != null && it == (right as? JsonPrimitive)?.booleanOrNull }
            Kind.Text -> left is JsonPrimitive && right is JsonPrimitive && left.content == right.content
            Kind.Date -> instantOf(left)?.let { it == instantOf(right) } ?: (left == right)
            Kind.Json -> sameJson(left, right)
            is Kind.Many -> {
                val l = left as? JsonArray ?: JsonArray(listOf(left))
                val r = right as? JsonArray ?: JsonArray(listOf(right))
                if (kind.unordered) l.all { a -> r.any { b -> same(kind.element, a, b) } } && r.all { b -> l.any { a -> same(kind.element, a, b) } }
                else l.size == r.size && l.indices.all { same(kind.element, l[it], r[it]) }
            }
        }
    }

    private fun sameJson(planned: JsonElement?, current: JsonElement?): Boolean {
        val left = planned.orAbsent()
        val right = current.orAbsent()
        return when {
            left == null || right == null -> left == null && right == null
            left is JsonArray && right is JsonArray -> left.size == right.size && left.all { l -> right.any { r -> sameJson(l, r) } }
            left is JsonObject && right is JsonObject -> left.keys == right.keys && left.all { (k, v) -> sameJson(v, right[k]) }
            left is JsonPrimitive && right is JsonPrimitive && !left.isString && !right.isString ->
                numberOf(left)?.let { l -> numberOf(right)?.let { r -> l.compareTo(r) == 0 } } ?: (left.content == right.content)
            else -> left == right
        }
    }

    /** Null, JSON null and an empty list all mean "not set". */
    private fun JsonElement?.orAbsent(): JsonElement? = takeUnless { it == null || it is JsonNull || (it is JsonArray && it.isEmpty()) }

    private fun numberOf(value: JsonElement): BigDecimal? = (value as? JsonPrimitive)?.content?.toBigDecimalOrNull()

    private fun instantOf(value: JsonElement): Instant? {
        val text = (value as? JsonPrimitive)?.content ?: return null
        text.toBigDecimalOrNull()?.let { return Instant.ofEpochMilli(it.toLong()) }
        return try { Instant.parse(text) } catch (_: DateTimeParseException) { null }
    }

    private fun isSet(type: AssetType<*>, attribute: String): Boolean =
        (listOf(type.typeName) + type.allSuperTypeNames).any { "$it.$attribute" in SET_ATTRIBUTES }

    /** The array attributes Atlan's type definitions declare with cardinality SET (reference/atlan/typedefs.json). */
    internal val SET_ATTRIBUTES: Set<String> = setOf(
        "Referenceable.replicatedFrom", "Referenceable.replicatedTo",
        "Asset.ownerUsers", "Asset.ownerGroups", "Asset.adminUsers", "Asset.adminGroups", "Asset.viewerUsers", "Asset.viewerGroups",
        "Asset.adminRoles", "Asset.assetDbtTags", "SalesforceReport.detailColumns", "APIPath.apiPathAvailableOperations",
        "__AtlasUserProfile.savedSearches", "SalesforceField.picklistValues", "Connection.connectionDbtEnvironments",
        "AtlasGlossaryTerm.examples", "Process.inputs", "Process.outputs", "PowerBITable.powerBITableSourceExpressions", "Dbt.dbtTags",
        "AtlasServer.urls", "LookerQuery.fields", "Metric.metricTimeGrains",
    )
}
