package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.Entity
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.lang.reflect.WildcardType
import java.util.concurrent.ConcurrentHashMap

/**
 * The value type of each attribute an asset type's generated `Setters` can set (`rowCount` → `Long`), read from
 * the setters' signatures so trees and plans treat a value as its typed setter means it.
 */
internal object SetterTypes {
    private val byType = ConcurrentHashMap<String, Map<String, Type>>()

    /** Attribute name → the parameter type of its setter, for [type]; empty for a type without generated setters. */
    fun of(type: AssetType<*>): Map<String, Type> = byType.getOrPut(type.typeName) {
        val setters = type.javaType.declaredClasses.firstOrNull { it.simpleName == "Setters" } ?: return@getOrPut emptyMap()
        setters.methods.filter { it.parameterCount == 1 && it.name != "attribute" }.associate { it.name to it.genericParameterTypes[0] }
    }

    /** True when [type] (a setter's parameter type) refers to other assets: an entity or a list of entities. */
    fun isRelationship(type: Type): Boolean = when (type) {
        is Class<*> -> Entity::class.java.isAssignableFrom(type)
        is ParameterizedType -> type.actualTypeArguments.any(::isRelationship)
        is WildcardType -> type.upperBounds.any(::isRelationship)
        else -> false
    }
}
