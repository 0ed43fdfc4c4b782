package dev.katalog.model.atlan.typedef

/**
 * Fills gaps in a tenant's type definitions with definitions taken from elsewhere (the reference SDK's facts,
 * `reference/atlan/typedefs-supplement.json`). The tenant's definitions are the truth: where both define a type, the
 * tenant's type is kept as it is and only gains the attributes, relationship attributes and enum values it lacks;
 * a type only the supplement defines is added whole. The rule is the same for every category, so a supplement
 * can grow to any number of types without code changes. An attribute the supplement gives a type is left out when a
 * super type already has one of that name: Atlas refuses to redeclare an inherited attribute, and the reference SDK's
 * facts copy inherited attributes into subtypes (sometimes with another type, as `meanings` on `Asset`, which the
 * tenant declares on `Referenceable`).
 */
public object TypeDefSupplement {
    /** [base] with what [supplement] adds to it. */
    @JvmStatic
    public fun merge(base: TypeDefResponse, supplement: TypeDefResponse): TypeDefResponse = base.with {
        enumDefs(mergeCategory(base.enumDefs, supplement.enumDefs))
        structDefs(mergeCategory(base.structDefs, supplement.structDefs))
        classificationDefs(mergeCategory(base.classificationDefs, supplement.classificationDefs))
        entityDefs(mergeCategory(base.entityDefs, supplement.entityDefs)?.let { withoutInheritedRedeclarations(it, base.entityDefs.orEmpty()) })
        relationshipDefs(mergeCategory(base.relationshipDefs, supplement.relationshipDefs))
        businessMetadataDefs(mergeCategory(base.businessMetadataDefs, supplement.businessMetadataDefs))
    }

    private fun mergeCategory(base: List<TypeDef>?, extra: List<TypeDef>?): List<TypeDef>? {
        if (extra.isNullOrEmpty()) return base
        val byName = LinkedHashMap<String?, TypeDef>()
        base.orEmpty().forEach { byName[it.name] = it }
        for (type in extra) {
            val known = byName[type.name]
            byName[type.name] = if (known == null) type else fillGaps(known, type)
        }
        return byName.values.toList()
    }

    private fun withoutInheritedRedeclarations(merged: List<TypeDef>, base: List<TypeDef>): List<TypeDef> {
        val byName = merged.associateBy { it.name }
        val baseNames = base.associate { it.name to it.memberNames() }
        val ancestorNames = HashMap<String?, Set<String>>()
        fun inherited(type: TypeDef): Set<String> = ancestorNames.getOrPut(type.name) {
            type.superTypes.orEmpty().mapNotNull { byName[it] }.flatMapTo(HashSet()) { inherited(it) + it.memberNames() }
        }
        return merged.map { type ->
            val own = baseNames[type.name].orEmpty()
            val hidden = inherited(type)
            fun keep(name: String) = name in own || name !in hidden
            val attributes = type.attributeDefs?.filter { keep(it.name) }
            val relationships = type.relationshipAttributeDefs?.filter { keep(it.name) }
            if (attributes?.size == type.attributeDefs?.size && relationships?.size == type.relationshipAttributeDefs?.size) type
            else type.with { attributeDefs(attributes); relationshipAttributeDefs(relationships) }
        }
    }

    private fun TypeDef.memberNames(): Set<String> = (attributeDefs.orEmpty() + relationshipAttributeDefs.orEmpty()).mapTo(HashSet()) { it.name }

    // An attribute is known by its name in either list: the tenant's relationship `meanings` is not given a plain twin.
    private fun fillGaps(known: TypeDef, extra: TypeDef): TypeDef = known.with {
        val names = known.memberNames()
        attributeDefs(addMissing(known.attributeDefs, extra.attributeDefs?.filter { it.name !in names }) { it.name })
        relationshipAttributeDefs(addMissing(known.relationshipAttributeDefs, extra.relationshipAttributeDefs?.filter { it.name !in names }) { it.name })
        elementDefs(addMissing(known.elementDefs, extra.elementDefs) { it.value })
    }

    private fun <T> addMissing(known: List<T>?, extra: List<T>?, key: (T) -> String): List<T>? {
        if (extra.isNullOrEmpty()) return known
        val names = known.orEmpty().mapTo(HashSet(), key)
        val added = extra.filter { key(it) !in names }
        return if (added.isEmpty()) known else known.orEmpty() + added
    }
}
