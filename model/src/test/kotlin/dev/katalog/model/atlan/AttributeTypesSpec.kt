package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** Each type knows its attributes, inherited ones included, with their Atlan type names: name checks start here. */
class AttributeTypesSpec : FunSpec({
    test("Table has rowCount from itself and qualifiedName from Asset, and no rowCont") {
        Table.attributeTypes["rowCount"] shouldBe "long"
        Table.attributeTypes["qualifiedName"] shouldBe "string"
        Table.attributeTypes["columns"] shouldBe "array<Column>"
        Table.attributeTypes["atlanSchema"] shouldBe "Schema"
        Table.hasAttribute("rowCount") shouldBe true
        Table.hasAttribute("qualifiedName") shouldBe true
        Table.hasAttribute("rowCont") shouldBe false
        ("rowCont" in Table.attributeNames) shouldBe false
        Asset.hasAttribute("rowCount") shouldBe false
        AtlanTypes.forName("Table")!!.attributeNames shouldBe Table.attributeNames
    }

    test("every type has exactly the attributes typedefs.json (and its supplement) gives it and its super types") {
        val typeDefs = ReferenceData.generatedFrom()
        val entities = typeDefs.entityDefs!!.associateBy { it.name!! }
        fun expected(type: TypeDef): Map<String, String> {
            val all = LinkedHashMap<String, String>()
            type.superTypes.orEmpty().forEach { parent -> expected(entities.getValue(parent)).forEach { (k, v) -> all.putIfAbsent(k, v) } }
            (type.attributeDefs.orEmpty() + type.relationshipAttributeDefs.orEmpty()).distinctBy { it.name }.forEach { all[it.name] = it.typeName }
            return all
        }
        for ((name, def) in entities) {
            AtlanTypes.forName(name)!!.attributeTypes shouldBe expected(def)
        }
        Table.attributeNames.size shouldBe expected(entities.getValue("Table")).size
    }
})
