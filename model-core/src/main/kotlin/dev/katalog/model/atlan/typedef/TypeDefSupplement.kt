package dev.katalog.model.atlan.typedef

/**
 * Fills gaps in a tenant's type definitions with definitions taken from elsewhere (the reference SDK's facts,
 * `reference/atlan/typedefs-supplement.json`). The tenant's definitions are the truth: where both define a type, the
 * tenant's type is kept as it is and only gains the attributes, relationship attributes and enum values it lacks;
 * a type only the supplement defines is added whole. The rule is the same for every category, so a supplement
 * can grow to any number of types without code changes.
 */
public object TypeDefSupplement {
    /** [base] with what [supplement] adds to it. */
    @JvmStatic
    public fun merge(base: TypeDefResponse, supplement: TypeDefResponse): TypeDefResponse = base.with {
        enumDefs(mergeCategory(base.enumDefs, supplement.enumDefs))
        structDefs(mergeCategory(base.structDefs, supplement.structDefs))
        classificationDefs(mergeCategory(base.classificationDefs, supplement.classificationDefs))
        entityDefs(mergeCategory(base.entityDefs, supplement.entityDefs))
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

    private fun fillGaps(known: TypeDef, extra: TypeDef): TypeDef = known.with {
        attributeDefs(addMissing(known.attributeDefs, extra.attributeDefs) { it.name })
        relationshipAttributeDefs(addMissing(known.relationshipAttributeDefs, extra.relationshipAttributeDefs) { it.name })
        elementDefs(addMissing(known.elementDefs, extra.elementDefs) { it.value })
    }

    private fun <T> addMissing(known: List<T>?, extra: List<T>?, key: (T) -> String): List<T>? {
        if (extra.isNullOrEmpty()) return known
        val names = known.orEmpty().mapTo(HashSet(), key)
        val added = extra.filter { key(it) !in names }
        return if (added.isEmpty()) known else known.orEmpty() + added
    }
}
