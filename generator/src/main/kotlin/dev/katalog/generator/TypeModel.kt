package dev.katalog.generator

import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse

/** The type definitions indexed for generation: entity types with their attributes resolved through inheritance. */
internal class TypeModel(val typeDefs: TypeDefResponse) {
    val entities: Map<String, TypeDef> = typeDefs.entityDefs.orEmpty().associateBy { it.name!! }
    val enums: Map<String, TypeDef> = typeDefs.enumDefs.orEmpty().associateBy { it.name!! }
    val structs: Map<String, TypeDef> = typeDefs.structDefs.orEmpty().associateBy { it.name!! }

    /** An attribute as a type sees it: where it is declared, and whether it is a relationship. */
    data class Member(val def: AttributeDef, val declaredBy: String) {
        val isRelationship: Boolean get() = def.relationshipTypeName != null
    }

    fun superTypes(type: String): List<String> = entities.getValue(type).superTypes.orEmpty()

    /** Attributes then relationship attributes declared on [type] itself, first declaration of a name wins. */
    fun ownMembers(type: String): List<Member> {
        val def = entities.getValue(type)
        return (def.attributeDefs.orEmpty() + def.relationshipAttributeDefs.orEmpty())
            .distinctBy { it.name }
            .map { Member(it, type) }
    }

    private val allMembersCache = HashMap<String, Map<String, Member>>()

    /** Every member of [type], inherited ones first; a redeclared name keeps its nearest declaration. */
    fun allMembers(type: String): Map<String, Member> = allMembersCache.getOrPut(type) {
        val result = LinkedHashMap<String, Member>()
        for (parent in superTypes(type)) {
            for ((name, member) in allMembers(parent)) result.putIfAbsent(name, member)
        }
        for (member in ownMembers(type)) result[member.def.name] = member
        result
    }

    /** The types some type names as its first super type: their search fields are inherited from them. */
    val extendedTypes: Set<String> by lazy { entities.values.mapNotNullTo(HashSet()) { it.superTypes.orEmpty().firstOrNull() } }

    /** [type] and all its super types. */
    fun lineage(type: String): Set<String> = linkedSetOf(type) + superTypes(type).flatMap { lineage(it) }

    /** Types ordered so that every super type comes before its subtypes. */
    val entityOrder: List<String> by lazy {
        val ordered = LinkedHashSet<String>()
        fun visit(t: String) {
            if (t in ordered) return
            superTypes(t).forEach(::visit)
            ordered += t
        }
        entities.keys.sorted().forEach(::visit)
        ordered.toList()
    }
}
