package dev.katalog.local

import dev.katalog.local.store.IndexMapping
import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.io.File

class IndexMappingSpec : FunSpec({
    val typeDefs = KatalogJson.decode(TypeDefResponse.serializer(), File(System.getProperty("katalog.reference"), "atlan/typedefs.json").readText())
    val mapping = IndexMapping(typeDefs)

    test("fields follow IndexFieldRule: text name with keyword and stemmed sub-fields, keyword qualifiedName") {
        mapping.fields.getValue("name").base.type shouldBe "text"
        mapping.fields.getValue("name").subFields.keys shouldContainAll listOf("keyword", "stemmed")
        mapping.fields.getValue("qualifiedName").base.type shouldBe "keyword"
        mapping.fields.getValue("qualifiedName").subFields.getValue("text").type shouldBe "text"
        mapping.fields.getValue("rowCount").base.type shouldBe "long"
        mapping.fields.getValue("__hasLineage").base.type shouldBe "boolean"
    }

    test("internal fields are mapped, with their keyword sub-fields") {
        mapping.fields.getValue("__typeName").subFields.getValue("keyword").type shouldBe "keyword"
        mapping.fields.getValue("__guid").base.type shouldBe "keyword"
        mapping.fields.getValue("__timestamp").base.type shouldBe "long"
    }

    test("two declarations of one attribute merge: keyword base wins, sub-fields unite") {
        fun def(type: String, attribute: AttributeDef) = TypeDef.builder(TypeCategory.ENTITY, type).attributeDefs(listOf(attribute)).build()
        val text = AttributeDef.builder("shared", "string").indexTypeESFields(mapOf("stemmed" to JsonObject(mapOf("type" to JsonPrimitive("text"))))).build()
        val keyword = AttributeDef.builder("shared", "string").indexType("STRING")
            .indexTypeESFields(mapOf("text" to JsonObject(mapOf("type" to JsonPrimitive("text"))))).build()
        val merged = IndexMapping(TypeDefResponse.builder().entityDefs(listOf(def("A", text), def("B", keyword))).build()).fields.getValue("shared")
        merged.base.type shouldBe "keyword"
        merged.subFields.keys shouldBe setOf("stemmed", "text")
    }

    test("numbers of different widths share the widest") {
        val small = TypeDef.builder(TypeCategory.ENTITY, "A").attributeDefs(listOf(AttributeDef.builder("size", "int").build())).build()
        val large = TypeDef.builder(TypeCategory.ENTITY, "B").attributeDefs(listOf(AttributeDef.builder("size", "double").build())).build()
        IndexMapping(TypeDefResponse.builder().entityDefs(listOf(small, large)).build()).fields.getValue("size").base.type shouldBe "double"
        IndexMapping(TypeDefResponse.builder().entityDefs(listOf(large, small)).build()).fields.getValue("size").base.type shouldBe "double"
    }

    test("index settings define the analyzers and normalizer the type definitions name") {
        val analysis = mapping.settingsAndMappings()["settings"].at("analysis")
        analysis.at("analyzer").let { (it as JsonObject).keys } shouldContainAll listOf("atlan_text_analyzer", "atlan_text_stemmer")
        (analysis.at("normalizer") as JsonObject).keys shouldContainAll listOf("atlan_normalizer")
    }

    test("every analyzer and normalizer a field names is defined; keywords Atlan normalizes carry atlan_normalizer") {
        val body = mapping.settingsAndMappings()
        val analysis = body["settings"].at("analysis") as JsonObject
        val named = HashSet<Pair<String, String>>()
        fun collect(element: kotlinx.serialization.json.JsonElement?) {
            val obj = element as? JsonObject ?: return
            for (key in listOf("analyzer", "search_analyzer")) obj.str(key)?.let { named += "analyzer" to it }
            obj.str("normalizer")?.let { named += "normalizer" to it }
            obj.values.forEach(::collect)
        }
        collect(body["mappings"])
        named.map { it.second }.toSet() shouldContainAll listOf("atlan_normalizer", "atlan_text_analyzer", "atlan_text_stemmer", "atlan_glossary_analyzer", "atlan_text_comma_analyzer")
        // OpenSearch's own analyzers (`whitespace` on `__classificationsText.text`) need no definition.
        for ((kind, name) in named) if (name !in setOf("whitespace", "standard", "keyword")) (analysis[kind] as JsonObject).keys shouldContain name
        val properties = body["mappings"].at("properties")
        properties.at("__typeName", "fields", "keyword").str("normalizer") shouldBe "atlan_normalizer"
        properties.at("__superTypeNames", "fields", "keyword").str("normalizer") shouldBe "atlan_normalizer"
        properties.at("name", "fields", "keyword").str("normalizer") shouldBe "atlan_normalizer"
        // reference/atlan/typedefs.json gives metabaseSlug `"indexTypeESConfig":{"normalizer":"atlan_normalizer"}`; qualifiedName none.
        properties.at("metabaseSlug").str("normalizer") shouldBe "atlan_normalizer"
        properties.at("qualifiedName").str("normalizer") shouldBe null
        properties.at("__qualifiedNameHierarchy").str("type") shouldBe "keyword"
        body["mappings"].at("_meta").str(IndexMapping.VERSION_KEY) shouldBe "4"
        body["settings"].str("sort.field") shouldBe "__guid"
    }
})
