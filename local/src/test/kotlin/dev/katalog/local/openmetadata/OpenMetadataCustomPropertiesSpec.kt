package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.put
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldNotContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldStartWith
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/**
 * Custom properties as OpenMetadata 1.4 serves them; each test names the file of open-metadata/OpenMetadata (1.4.x,
 * under openmetadata-service/src/main/java/org/openmetadata/service/, or the spec's json/schema/) it follows. The
 * catalog is shared: each test adds properties of its own name to the table type.
 */
class OpenMetadataCustomPropertiesSpec : FunSpec({
    fun type(answer: dev.katalog.local.Api.Answer): JsonObject {
        if (answer.status != 200) fail("expected 200, got $answer")
        val problems = OpenMetadataSchemas.validate("entity/type.json", answer.text)
        if (problems.isNotEmpty()) fail("A type the catalog returned is invalid: $problems\n${answer.text}")
        return answer.obj
    }

    fun typeId(name: String): String = type(api.get("/api/v1/metadata/types/name/$name")).str("id")!!

    fun addProperty(name: String, propertyType: String, config: String? = null): dev.katalog.local.Api.Answer {
        val configPart = config?.let { ""","customPropertyConfig":{"config":$it}""" }.orEmpty()
        return put("/metadata/types/${typeId("table")}", """{"name":"$name","description":"d","propertyType":{"id":"${typeId(propertyType)}","type":"type"}$configPart}""")
    }

    fun newTable(): JsonObject {
        val svc = unique("cp")
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s")
        return table("$svc.db.s", "orders")
    }

    fun patchExtension(id: String, value: String) = api.patch("/api/v1/tables/$id", """[{"op":"add","path":"/extension","value":$value}]""")

    // resources/types/TypeResource.java initialize + util/JsonUtils.getTypes: property types are the @om-field-type
    // definitions of json/schema/type/ (basic.json, customProperties/complexTypes.json), entity types the @om-entity-type
    // schemas under json/schema/entity/; 1.4 has date, dateTime and time (no -cp types) and a number that is an integer.
    test("the built-in property and entity types are 1.4's, listed by category") {
        val fields = api.get("/api/v1/metadata/types?category=field&limit=100").obj["data"].list().map { it.str("name")!! }
        fields shouldContainAll listOf("integer", "number", "string", "markdown", "email", "timestamp", "timeInterval", "duration", "date", "dateTime", "time", "enum", "sqlQuery", "entityReference", "entityReferenceList")
        fields shouldNotContain "date-cp"
        fields shouldNotContain "table"
        val entities = api.get("/api/v1/metadata/types?category=entity&limit=100").obj["data"].list().map { it.str("name")!! }
        entities shouldContainAll listOf("table", "database", "databaseSchema", "dashboard", "pipeline", "topic", "container", "mlmodel", "glossaryTerm", "storedProcedure")
        entities shouldNotContain "user"
        type(api.get("/api/v1/metadata/types/name/number")).str("schema")!! shouldContain "\"integer\""
        type(api.get("/api/v1/metadata/types/name/number")).str("category") shouldBe "field"
        val paged = api.get("/api/v1/metadata/types?category=field&limit=2").obj
        paged["data"].list().size shouldBe 2
        paged.at("paging", "total").toString() shouldBe fields.size.toString()
        val next = api.get("/api/v1/metadata/types?category=field&limit=2&after=${paged.at("paging")!!.str("after")}").obj["data"].list().map { it.str("name") }
        (next.first()!! > paged["data"].list().last().str("name")!!) shouldBe true
    }

    // jdbi3/TypeRepository.java addCustomProperty / getCustomProperties / setFields: the property is added (or replaces
    // the one of its name), the type answers with its properties in name order, each naming its property type in full;
    // without fields=customProperties a type has none; by id and by name read the same type.
    test("a custom property added to the table type is read back by name and id, and replaced by name") {
        val name = unique("steward")
        val added = type(addProperty(name, "string"))
        val property = added["customProperties"].list().first { it.str("name") == name }
        property.at("propertyType")!!.str("name") shouldBe "string"
        property.at("propertyType")!!.str("type") shouldBe "type"
        type(api.get("/api/v1/metadata/types/name/table")).containsKey("customProperties") shouldBe false
        val byId = type(api.get("/api/v1/metadata/types/${typeId("table")}?fields=customProperties"))
        byId["customProperties"].list().map { it.str("name") } shouldContain name
        val names = byId["customProperties"].list().map { it.str("name")!! }
        names shouldBe names.sorted()
        type(put("/metadata/types/${typeId("table")}", """{"name":"$name","description":"changed","propertyType":{"id":"${typeId("markdown")}","type":"type"}}"""))
        val replaced = type(api.get("/api/v1/metadata/types/name/table?fields=customProperties"))["customProperties"].list().filter { it.str("name") == name }
        replaced.single().str("description") shouldBe "changed"
        replaced.single().at("propertyType")!!.str("name") shouldBe "markdown"
    }

    // jdbi3/TypeRepository.java validateProperty / validateEnumConfig, addCustomProperty: enum configs are checked, a
    // property type cannot be extended, an unknown property type is a 404.
    test("an enum without values or with duplicates, a field type as target and an unknown property type are refused") {
        error(addProperty(unique("tier"), "enum"), 400) shouldBe "Enum Custom Property Type must have EnumConfig."
        error(addProperty(unique("tier"), "enum", """{"values":[]}"""), 400) shouldBe "Enum Custom Property Type must have EnumConfig populated with values."
        error(addProperty(unique("tier"), "enum", """{"values":["a","a"]}"""), 400) shouldBe "Enum Custom Property values cannot have duplicates."
        error(put("/metadata/types/${typeId("string")}", """{"name":"x","description":"d","propertyType":{"id":"${typeId("string")}","type":"type"}}"""), 400) shouldBe
            "Only entity types can be extended and field types can't be extended"
        val ghost = java.util.UUID.randomUUID().toString()
        error(put("/metadata/types/${typeId("table")}", """{"name":"x","description":"d","propertyType":{"id":"$ghost","type":"type"}}"""), 404) shouldBe "type instance for $ghost not found"
        error(api.get("/api/v1/metadata/types/name/${unique("nope")}"), 404) shouldStartWith "type instance for"
        error(api.get("/api/v1/metadata/types/name/table?fields=columns"), 400) shouldBe "Invalid field name columns"
    }

    // jdbi3/EntityRepository.java validateExtension and CatalogExceptionMessage: an unknown key is "Unknown custom
    // field X"; a value against its property type's schema "Custom field X has invalid JSON [...]"; on create and PATCH.
    test("an entity's extension is checked on create and on patch, and read back with fields=extension") {
        val count = unique("rows")
        type(addProperty(count, "integer"))
        val t = newTable()
        val id = t.str("id")!!
        entity("table", patchExtension(id, """{"$count":42}""")).at("extension", count).toString() shouldBe "42"
        entity("table", api.get("/api/v1/tables/$id?fields=extension")).at("extension", count).toString() shouldBe "42"
        error(patchExtension(id, """{"$count":"many"}"""), 400) shouldStartWith "Custom field $count has invalid JSON ["
        val unknown = unique("ghost")
        error(patchExtension(id, """{"$unknown":1}"""), 400) shouldBe "Unknown custom field $unknown"
        val fqn = t.str("fullyQualifiedName")!!
        val create = """{"name":"other","databaseSchema":"${fqn.substringBeforeLast('.')}","columns":[{"name":"id","dataType":"INT"}],"extension":{"$unknown":1}}"""
        error(put("/tables", create), 400) shouldBe "Unknown custom field $unknown"
        // Removing the last value leaves no extension at all.
        val removed = entity("table", api.patch("/api/v1/tables/$id", """[{"op":"remove","path":"/extension/$count"}]"""))
        removed.containsKey("extension") shouldBe false
    }

    // jdbi3/EntityRepository.java validateEnumKeys: one value unless multiSelect, values among the config's; stored sorted.
    test("enum values are checked against the property's config and stored sorted") {
        val single = unique("tier")
        val multi = unique("regions")
        type(addProperty(single, "enum", """{"values":["Gold","Silver"],"multiSelect":false}"""))
        type(addProperty(multi, "enum", """{"values":["us","eu","apac"],"multiSelect":true}"""))
        val id = newTable().str("id")!!
        error(patchExtension(id, """{"$single":["Gold","Silver"]}"""), 400) shouldBe "Only one value allowed for non-multiSelect $single property"
        error(patchExtension(id, """{"$single":["Bronze"]}"""), 400) shouldBe "Values '[Bronze]' not supported for property $single"
        val stored = entity("table", patchExtension(id, """{"$single":["Gold"],"$multi":["us","apac"]}"""))
        stored.at("extension", multi).list().map { (it as JsonElement).toString() } shouldContainExactly listOf("\"apac\"", "\"us\"")
    }
})
