package dev.katalog.local.store

import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import java.util.Optional
import java.util.concurrent.ConcurrentHashMap

/**
 * The type definitions the catalog serves: the built-in ones from typedefs.json plus the Atlan tags and
 * custom metadata created through the API. Immutable; a creation yields a new registry.
 */
internal class TypeRegistry(val base: TypeDefResponse, val created: List<TypeDef> = emptyList()) {
    private val entities: Map<String, TypeDef> = base.entityDefs.orEmpty().associateBy { it.name.orEmpty() }
    private val enumDefs: List<TypeDef> = base.enumDefs.orEmpty() + created.filter { it.category?.name == "ENUM" }
    private val enums: Map<String, Set<String>> = enumDefs
        .associate { it.name.orEmpty() to it.elementDefs.orEmpty().map { e -> e.value }.toSet() }
    private val structs: Set<String> = base.structDefs.orEmpty().mapNotNull { it.name }.toSet()
    private val relationships: Map<String, TypeDef> = base.relationshipDefs.orEmpty().associateBy { it.name.orEmpty() }

    // Look-ups every save makes for each value it holds, answered once per type: the registry never changes.
    private val ancestry = ConcurrentHashMap<String, List<String>>()
    private val plainAttributes = ConcurrentHashMap<String, Map<String, AttributeDef>>()
    private val relationshipAttributes = ConcurrentHashMap<String, Map<String, AttributeDef>>()
    private val inverses = ConcurrentHashMap<String, Optional<String>>()

    val classifications: List<TypeDef> = base.classificationDefs.orEmpty() + created.filter { it.category?.name == "CLASSIFICATION" }
    val businessMetadata: List<TypeDef> = base.businessMetadataDefs.orEmpty() + created.filter { it.category?.name == "BUSINESS_METADATA" }

    /** Everything served by `GET /api/meta/types/typedefs`. */
    val all: TypeDefResponse
        get() = base.with { enumDefs(enumDefs).classificationDefs(classifications).businessMetadataDefs(businessMetadata) }

    /** This registry with [defs] added, replacing created definitions of the same name. */
    fun with(defs: List<TypeDef>): TypeRegistry {
        val names = defs.mapNotNull { it.name }.toSet()
        return TypeRegistry(base, created.filter { it.name !in names } + defs)
    }

    /** This registry without the created definition [name]. */
    fun without(name: String): TypeRegistry = TypeRegistry(base, created.filter { it.name != name })

    /** Any definition by its (hashed, for tags and custom metadata) name. */
    fun byName(name: String): TypeDef? = all.all.firstOrNull { it.name == name }

    fun isCreated(name: String): Boolean = created.any { it.name == name }

    fun entity(name: String): TypeDef? = entities[name]

    fun isEnum(name: String): Boolean = name in enums
    fun enumValues(name: String): Set<String> = enums[name].orEmpty()
    fun isStruct(name: String): Boolean = name in structs

    /** All super types of [type], nearest first, without the type itself. */
    fun superTypes(type: String): List<String> = ancestry.computeIfAbsent(type) {
        val seen = LinkedHashSet<String>()
        val queue = ArrayDeque(entity(type)?.superTypes.orEmpty())
        while (queue.isNotEmpty()) {
            val next = queue.removeFirst()
            if (seen.add(next)) queue.addAll(entity(next)?.superTypes.orEmpty())
        }
        seen.toList()
    }

    fun isA(type: String, ancestor: String): Boolean = type == ancestor || ancestor in superTypes(type)

    /** The plain (non-relationship) attribute [name] of [type] or one of its super types. */
    fun attribute(type: String, name: String): AttributeDef? =
        plainAttributes.computeIfAbsent(type) { byName(it) { def -> def.attributeDefs } }[name]

    /** The relationship attribute [name] of [type] or one of its super types. */
    fun relationshipAttribute(type: String, name: String): AttributeDef? =
        relationshipAttributes.computeIfAbsent(type) { byName(it) { def -> def.relationshipAttributeDefs } }[name]

    /** The attributes [declared] by [type] and its super types, by name; the nearest declaration of a name wins. */
    private fun byName(type: String, declared: (TypeDef) -> List<AttributeDef>?): Map<String, AttributeDef> {
        val attributes = HashMap<String, AttributeDef>()
        for (level in listOf(type) + superTypes(type)) entity(level)?.let(declared)?.forEach { attributes.putIfAbsent(it.name, it) }
        return attributes
    }

    /** The attribute name on the other end of relationship attribute [name] held by [type]. */
    fun inverseOf(type: String, name: String): String? =
        inverses.computeIfAbsent("$type.$name") { Optional.ofNullable(findInverse(type, name)) }.orElse(null)

    private fun findInverse(type: String, name: String): String? {
        val attribute = relationshipAttribute(type, name) ?: return null
        val rel = attribute.relationshipTypeName?.let { relationships[it] } ?: return pointingBack(type, attribute)
        val end1 = rel.endDef1 ?: return null
        val end2 = rel.endDef2 ?: return null
        return when {
            end1.name == name && isA(type, end1.type) -> end2.name
            end2.name == name && isA(type, end2.type) -> end1.name
            end1.name == name -> end2.name
            end2.name == name -> end1.name
            else -> null
        }
    }

    /**
     * The other end of [attribute] when no relationship definition names it: the reference SDK's facts
     * (typedefs-pyatlan.json) list each end's attribute and related type but not the relationship between them, so
     * the other end is the relationship attribute of the related type that points back at [type]: on the related type
     * itself first, then on its super types (nearest first), and, at that level, the one naming [type] or its nearest
     * super type (`AirflowDag.airflowTasks` for `AirflowTask.airflowDag`, not `Asset.userDefRelationshipFrom`, which
     * names any `Referenceable`). A tie leaves the end without an inverse.
     */
    private fun pointingBack(type: String, attribute: AttributeDef): String? {
        val related = elementType(attribute.typeName) ?: return null
        val lineage = listOf(type) + superTypes(type)
        for (level in listOf(related) + superTypes(related)) {
            val candidates = entity(level)?.relationshipAttributeDefs.orEmpty()
                .filter { other -> other.relationshipTypeName?.let { it in relationships } != true }
                .mapNotNull { other -> elementType(other.typeName)?.let { lineage.indexOf(it) }?.takeIf { it >= 0 }?.let { other.name to it } }
            if (candidates.isEmpty()) continue
            val nearest = candidates.minOf { it.second }
            return candidates.filter { it.second == nearest }.map { it.first }.distinct().singleOrNull()
        }
        return null
    }

    private fun elementType(typeName: String?): String? =
        typeName?.removePrefix("array<")?.removeSuffix(">")?.takeIf { entity(it) != null }

    /** The relationship type behind relationship attribute [name] of [type]. */
    fun relationshipTypeOf(type: String, name: String): String? = relationshipAttribute(type, name)?.relationshipTypeName

    fun isGlossaryType(type: String): Boolean = type in GLOSSARY_TYPES

    companion object {
        const val GLOSSARY = "AtlasGlossary"
        const val TERM = "AtlasGlossaryTerm"
        const val CATEGORY = "AtlasGlossaryCategory"
        val GLOSSARY_TYPES = setOf(GLOSSARY, TERM, CATEGORY)
    }
}
