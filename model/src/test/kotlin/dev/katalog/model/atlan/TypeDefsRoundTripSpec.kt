package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.jsonDifference
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json

class TypeDefsRoundTripSpec : FunSpec({
    test("typedefs.json decodes into all six categories and re-encodes equal") {
        val text = ReferenceData.typedefs.readText()
        val typeDefs = KatalogJson.decode(TypeDefResponse.serializer(), text)
        typeDefs.entityDefs!!.size shouldBe 118
        typeDefs.enumDefs!!.size shouldBe 11
        typeDefs.structDefs!!.size shouldBe 5
        typeDefs.classificationDefs!!.size shouldBe 6
        typeDefs.relationshipDefs!!.size shouldBe 110
        typeDefs.businessMetadataDefs!!.size shouldBe 3
        typeDefs.classificationDefs!!.map { it.category }.toSet() shouldBe setOf(TypeCategory.CLASSIFICATION)
        typeDefs.classificationDefs!!.map { it.displayName }.toSet() shouldBe
            setOf("Public", "Highly Confidential", "Confidential", "Internal", "Restricted", "Sensitive")
        val reencoded = KatalogJson.encode(TypeDefResponse.serializer(), typeDefs)
        jsonDifference(Json.parseToJsonElement(text), Json.parseToJsonElement(reencoded)).shouldBeNull()
    }
})
