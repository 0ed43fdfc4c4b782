package dev.katalog.generator

import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.EnumElementDef
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.atlan.typedef.TypeDefSupplement
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File

/** The supplement fills gaps in a tenant's typedefs and never overrides them; the model is generated from both. */
class TypeDefSupplementSpec : FunSpec({
    fun attr(name: String, type: String) = KatalogJson.decode(AttributeDef.serializer(), """{"name":"$name","typeName":"$type"}""")
    fun entity(name: String, vararg attributes: AttributeDef) =
        TypeDef.builder(TypeCategory.ENTITY, name).superTypes(listOf("Asset")).attributeDefs(attributes.toList()).build()
    fun enumOf(name: String, vararg values: String) = TypeDef.builder(TypeCategory.ENUM, name)
        .elementDefs(values.map { KatalogJson.decode(EnumElementDef.serializer(), """{"value":"$it"}""") }).build()

    test("a type only the supplement defines is added whole, in every category") {
        val base = TypeDefResponse.builder().entityDefs(listOf(entity("Table"))).build()
        val extra = TypeDefResponse.builder().entityDefs(listOf(entity("Persona", attr("roleId", "string"))))
            .enumDefs(listOf(enumOf("AuthPolicyType", "allow", "deny"))).build()
        val merged = TypeDefSupplement.merge(base, extra)
        merged.entityDefs!!.map { it.name } shouldBe listOf("Table", "Persona")
        merged.entityDefs!!.last().attributeDefs!!.map { it.name } shouldBe listOf("roleId")
        merged.enumDefs!!.single().elementDefs!!.map { it.value } shouldBe listOf("allow", "deny")
    }

    test("where both define a type, the tenant's attributes win and the supplement only adds the missing ones") {
        val base = TypeDefResponse.builder().entityDefs(listOf(entity("Persona", attr("roleId", "string")).with { description("tenant") }))
            .enumDefs(listOf(enumOf("AuthPolicyType", "allow"))).build()
        val extra = TypeDefResponse.builder().entityDefs(listOf(entity("Persona", attr("roleId", "int"), attr("personaUsers", "array<string>")).with { description("sdk") }))
            .enumDefs(listOf(enumOf("AuthPolicyType", "allow", "deny"))).build()
        val merged = TypeDefSupplement.merge(base, extra)
        val persona = merged.entityDefs!!.single()
        persona.description shouldBe "tenant"
        persona.attributeDefs!!.map { it.name to it.typeName } shouldBe listOf("roleId" to "string", "personaUsers" to "array<string>")
        merged.enumDefs!!.single().elementDefs!!.map { it.value } shouldBe listOf("allow", "deny")
    }

    test("an attribute the supplement gives a type is left out when a super type has one of that name; the tenant's own stay") {
        val asset = TypeDef.builder(TypeCategory.ENTITY, "Asset").attributeDefs(listOf(attr("name", "string"))).build()
        val base = TypeDefResponse.builder().entityDefs(listOf(asset, entity("Column", attr("order", "int"), attr("name", "string")))).build()
        val extra = TypeDefResponse.builder().entityDefs(
            listOf(
                entity("Column", attr("order", "long"), attr("precision", "long")),
                TypeDef.builder(TypeCategory.ENTITY, "IcebergColumn").superTypes(listOf("Column")).attributeDefs(listOf(attr("order", "long"), attr("icebergKind", "string"))).build(),
            ),
        ).build()
        val merged = TypeDefSupplement.merge(base, extra).entityDefs!!.associateBy { it.name }
        // The tenant's Column keeps its own redeclaration of `name`; the copy of `order` on a subtype goes.
        merged.getValue("Column").attributeDefs!!.map { it.name to it.typeName } shouldBe listOf("order" to "int", "name" to "string", "precision" to "long")
        merged.getValue("IcebergColumn").attributeDefs!!.map { it.name } shouldBe listOf("icebergKind")
    }

    test("a plain attribute the supplement gives a type is left out when the tenant has a relationship of that name") {
        val meanings = KatalogJson.decode(AttributeDef.serializer(), """{"name":"meanings","typeName":"array<AtlasGlossaryTerm>","relationshipTypeName":"AtlasGlossarySemanticAssignment"}""")
        val base = TypeDefResponse.builder().entityDefs(listOf(entity("Referenceable").with { relationshipAttributeDefs(listOf(meanings)) })).build()
        val extra = TypeDefResponse.builder().entityDefs(listOf(entity("Referenceable", attr("meanings", "array<AtlasGlossaryTerm>"), attr("guid", "string")))).build()
        val merged = TypeDefSupplement.merge(base, extra).entityDefs!!.single()
        merged.attributeDefs!!.map { it.name } shouldBe listOf("guid")
        merged.relationshipAttributeDefs!!.map { it.relationshipTypeName } shouldBe listOf("AtlasGlossarySemanticAssignment")
    }

    test("an empty supplement changes nothing") {
        val base = TypeDefResponse.builder().entityDefs(listOf(entity("Table"))).build()
        TypeDefSupplement.merge(base, TypeDefResponse.builder().build()) shouldBe base
    }

    test("the committed supplement adds personas, purposes and policies to the tenant's typedefs, and the model has them") {
        val reference = File(System.getProperty("katalog.reference") ?: "../reference")
        val tenant = File(reference, "atlan/typedefs.json")
        val supplement = File(reference, "atlan/typedefs-supplement.json")
        val sources = generateSources(tenant, listOf(supplement))
        sources.keys shouldContainAll listOf("AccessControl", "Persona", "Purpose", "AuthPolicy").map { "dev/katalog/model/atlan/asset/$it.kt" }
        sources.keys shouldContainAll listOf(
            "dev/katalog/model/atlan/enums/AuthPolicyType.kt",
            "dev/katalog/model/atlan/structs/AuthPolicyCondition.kt",
            "dev/katalog/model/atlan/structs/AuthPolicyValiditySchedule.kt",
        )
        sources.getValue("dev/katalog/model/atlan/asset/AuthPolicy.kt").contains("relationAttribute(\"accessControl\", AccessControl)") shouldBe true
        // Nothing the tenant defines is changed: every type of typedefs.json renders the same with or without the supplement.
        val alone = generateSources(tenant)
        for ((path, text) in alone) {
            if (path.endsWith("GeneratedAssetTypes.kt") || path.endsWith("GeneratedAssetTypeLookup.kt")) continue
            sources[path] shouldBe text
        }
    }

    test("the supplement adds domains, subdomains and data products, with creators that name them as Atlan's SDK does") {
        val reference = File(System.getProperty("katalog.reference") ?: "../reference")
        val sources = generateSources(File(reference, "atlan/typedefs.json"), listOf(File(reference, "atlan/typedefs-supplement.json")))
        val domain = sources.getValue("dev/katalog/model/atlan/asset/DataDomain.kt")
        val product = sources.getValue("dev/katalog/model/atlan/asset/DataProduct.kt")
        domain shouldContain "public fun creator(name: String): Builder"
        domain shouldContain "public fun creator(name: String, parentDomain: DataDomain): Builder"
        domain shouldContain "relationAttribute(\"parentDomain\", DataDomain)"
        domain shouldContain "public fun appendSubDomains(related: List<DataDomain>): B"
        product shouldContain "public fun creator(\n"
        product shouldContain "assets: IndexSearchRequest"
        product shouldContain "relationAttribute(\"dataDomain\", DataDomain)"
        product shouldContain "public fun daapStatus(`value`: DataProductStatus?): B"
        sources.getValue("dev/katalog/model/atlan/asset/DataMesh.kt") shouldContain "\"superDomainQualifiedName\" to \"string\""
        sources.keys shouldContainAll listOf("DataProductStatus", "DataProductCriticality", "DataProductSensitivity", "DataProductVisibility")
            .map { "dev/katalog/model/atlan/enums/$it.kt" }
    }
})
