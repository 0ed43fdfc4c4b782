package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.SQL
import dev.katalog.model.atlan.asset.SnowflakeDynamicTable
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.field.AttributeHandle
import dev.katalog.model.atlan.field.KeywordField
import dev.katalog.model.atlan.field.KeywordTextField
import dev.katalog.model.atlan.field.KeywordTextStemmedField
import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeSameInstanceAs
import io.kotest.matchers.types.shouldBeInstanceOf
import java.lang.reflect.Modifier
import java.net.URLClassLoader
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonObject

/**
 * The generated model has every entity type of typedefs.json, of its supplement and of the reference SDK's facts, with
 * its inherited attributes and search fields.
 */
class GeneratedModelSpec : FunSpec({
    val typeDefs = ReferenceData.generatedFrom()
    val entities = typeDefs.entityDefs!!.associateBy { it.name!! }

    fun allAttributes(type: TypeDef): Set<String> =
        type.superTypes.orEmpty().flatMap { allAttributes(entities.getValue(it)) }.toSet() +
            (type.attributeDefs.orEmpty() + type.relationshipAttributeDefs.orEmpty()).map { it.name }

    fun constant(attribute: String): String = attribute.trimStart('_').split('.').let { parts ->
        parts.first() + parts.drop(1).joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }
    }.replace(Regex("([a-z0-9])([A-Z])"), "$1_$2").replace(Regex("([A-Z])([A-Z][a-z])"), "$1_$2").uppercase()

    test("the 118 entity types of typedefs.json, the 7 of the supplement and the 338 only the reference SDK's facts give are generated, with their super types") {
        entities.size shouldBe 463
        AtlanTypes.all.map { it.typeName } shouldContainExactlyInAnyOrder entities.keys
        for ((name, def) in entities) {
            AtlanTypes.forName(name)!!.superTypeNames shouldBe def.superTypes.orEmpty()
        }
    }

    test("every type has a search-field constant for each of its own and inherited attributes") {
        val missing = entities.values.flatMap { def ->
            val javaType = AtlanTypes.forName(def.name!!)!!.javaType
            allAttributes(def).map(::constant).filter { c ->
                val field = runCatching { javaType.getField(c) }.getOrNull()
                field == null || !Modifier.isStatic(field.modifiers)
            }.map { "${def.name}.$it" }
        }
        missing.shouldBeEmpty()
    }

    test("typed handles follow the index field mapping") {
        Table.NAME.shouldBeInstanceOf<KeywordTextStemmedField>().let {
            it.keywordField shouldBe "name.keyword"; it.textField shouldBe "name"; it.stemmedField shouldBe "name.stemmed"
        }
        Table.QUALIFIED_NAME.shouldBeInstanceOf<KeywordTextField>().let { it.keywordField shouldBe "qualifiedName"; it.textField shouldBe "qualifiedName.text" }
        Table.ROW_COUNT.shouldBeInstanceOf<NumericField>().numericField shouldBe "rowCount"
        Column.DATA_TYPE.shouldBeInstanceOf<KeywordTextField>().keywordField shouldBe "dataType"
        Table.CONNECTOR_NAME.shouldBeInstanceOf<KeywordField>().keywordField shouldBe "connectorName"
        Table.TYPE_NAME.keywordField shouldBe "__typeName.keyword"
        Table.STATUS.keywordField shouldBe "__state"
    }

    test("types know their lineage") {
        Table.allSuperTypeNames shouldBe listOf("SQL", "Catalog", "Asset", "Referenceable")
        Table.isA(SQL) shouldBe true
        Table.isA(Asset) shouldBe true
        SQL.isA(Table) shouldBe false
        AtlanTypes.forClass(Table::class.java) shouldBe Table
    }

    test("each search field exists once: every companion holds the handle of the type that adds it, never null") {
        // Per handle slot (the Fields class declaring it, and its name), what each of the 463 companions holds there.
        val held = AtlanTypes.all.flatMap { companion ->
            generateSequence<Class<*>>(companion.javaClass) { it.superclass }.flatMap { it.declaredFields.asSequence() }
                .filter { AttributeHandle::class.java.isAssignableFrom(it.type) && !Modifier.isStatic(it.modifiers) }
                .map { field -> "${field.declaringClass.name}.${field.name}" to field.apply { isAccessible = true }.get(companion) }
                .toList()
        }
        held.filter { it.second == null }.map { it.first }.shouldBeEmpty()
        held.groupBy({ it.first }, { System.identityHashCode(it.second) }).filterValues { it.toSet().size > 1 }.keys.shouldBeEmpty()
        SnowflakeDynamicTable.ROW_COUNT shouldBeSameInstanceAs Table.ROW_COUNT
        SnowflakeDynamicTable.NAME shouldBeSameInstanceAs Asset.NAME
    }

    test("each type is found by its name and by its interface, as the instance the registry lists; other names are not") {
        for (type in AtlanTypes.all) {
            AtlanTypes.forName(type.typeName) shouldBeSameInstanceAs type
            AtlanTypes.forClass(type.javaType) shouldBeSameInstanceAs type
        }
        AtlanTypes.forName("NoSuchType") shouldBe null
        // Type names are case-sensitive, as in the type definitions.
        AtlanTypes.forName("table") shouldBe null
        // Asked again, and past the bound of unknown names remembered, an unknown name is still unknown and a known one still found.
        AtlanTypes.forName("NoSuchType") shouldBe null
        for (i in 1..2_000) AtlanTypes.forName("Unknown$i") shouldBe null
        AtlanTypes.forName("Table") shouldBeSameInstanceAs Table
    }

    test("looking up one type loads that type and its super types, not every generated one") {
        // A class loader of its own (the model and the libraries it needs), so what other tests loaded does not count.
        val jars = listOf(AtlanTypes::class.java, KatalogJson::class.java, JsonObject::class.java, KSerializer::class.java, Unit::class.java)
            .map { it.protectionDomain.codeSource.location }.distinct().toTypedArray()
        class Isolated : URLClassLoader(jars, ClassLoader.getPlatformClassLoader()) {
            fun loaded(name: String) = findLoadedClass(name) != null
        }
        Isolated().use { loader ->
            val registryClass = loader.loadClass(AtlanTypes::class.java.name)
            val registry = registryClass.getField("INSTANCE").get(null)
            val table = registryClass.getMethod("forName", String::class.java).invoke(registry, "Table")
            table.javaClass.getMethod("getTypeName").invoke(table) shouldBe "Table"
            loader.loaded(Table::class.java.name) shouldBe true
            loader.loaded(SQL::class.java.name) shouldBe true
            loader.loaded(Column::class.java.name) shouldBe false
            loader.loaded(SnowflakeDynamicTable::class.java.name) shouldBe false
        }
    }
})
