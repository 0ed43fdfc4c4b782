package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.typedef.TypeDef
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe

/**
 * The generated model against the reference SDK's facts (reference/atlan/typedefs-pyatlan.json, extracted from
 * atlan-python's generated model): every type they name is generated, and every attribute they give a type has that
 * type in the model, except where the tenant's typedefs.json (which wins) defines the attribute otherwise.
 */
class ExtractedFactsSpec : FunSpec({
    val extracted = ReferenceData.read(ReferenceData.typedefsExtracted).entityDefs.orEmpty()
    val tenant = ReferenceData.tenant().entityDefs.orEmpty().associateBy { it.name!! }

    // The tenant's type of [attribute] on [type] or the nearest super type (in the generated model) that declares it.
    fun tenantTypeOf(type: String, attribute: String): String? {
        tenant[type]?.let { def -> (def.attributeDefs.orEmpty() + def.relationshipAttributeDefs.orEmpty()).firstOrNull { it.name == attribute } }?.let { return it.typeName }
        return AtlanTypes.forName(type)?.superTypeNames.orEmpty().firstNotNullOfOrNull { tenantTypeOf(it, attribute) }
    }

    test("every entity type of the facts is generated as its own type, with the facts' first super type; 450 or more in all") {
        extracted.filter { AtlanTypes.forName(it.name!!) == null }.map { it.name } shouldBe emptyList()
        extracted.filter { it.name !in tenant }.filter { type ->
            AtlanTypes.forName(type.name!!)!!.superTypeNames != type.superTypes.orEmpty()
        }.map { it.name } shouldBe emptyList()
        extracted.size shouldBe 457
        AtlanTypes.all.size shouldBeGreaterThanOrEqual 450
    }

    test("every attribute of the facts is generated with their Atlan type, or the tenant's where the tenant defines it on the type or a super type") {
        var compared = 0
        val missing = ArrayList<String>()
        val unexplained = ArrayList<String>()
        for (type: TypeDef in extracted) {
            val generated = AtlanTypes.forName(type.name!!)!!.attributeTypes
            for (attribute in type.attributeDefs.orEmpty() + type.relationshipAttributeDefs.orEmpty()) {
                compared++
                val actual = generated[attribute.name]
                if (actual == null) missing += "${type.name}.${attribute.name}"
                else if (actual != attribute.typeName && actual != tenantTypeOf(type.name!!, attribute.name)) {
                    unexplained += "${type.name}.${attribute.name}: facts ${attribute.typeName}, model $actual"
                }
            }
        }
        compared shouldBe 5178
        missing shouldBe emptyList()
        unexplained shouldBe emptyList()
    }
})
