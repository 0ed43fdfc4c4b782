package dev.katalog.generator

import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.CodeBlock
import com.squareup.kotlinpoet.FileSpec
import com.squareup.kotlinpoet.FunSpec
import com.squareup.kotlinpoet.KModifier
import com.squareup.kotlinpoet.LIST
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.PropertySpec
import com.squareup.kotlinpoet.STAR
import com.squareup.kotlinpoet.STRING
import dev.katalog.model.atlan.typedef.IndexFieldRule
import dev.katalog.model.atlan.typedef.TypeDefResponse

/** Renders the Atlan model's sources from type definitions: relative path → file content. */
internal class ModelGenerator(typeDefs: TypeDefResponse) {
    private val model = TypeModel(typeDefs)
    private val types = KotlinTypes(model)
    private val entities = EntityRenderer(model, types, SearchHandles(IndexFieldRule(typeDefs)))
    private val values = ValueTypeRenderer(types)

    fun generate(): Map<String, String> {
        val files = ArrayList<FileSpec>()
        for (type in model.entityOrder) files += entities.render(type)
        files += registryFile()
        files += lookupFile()
        for (enum in model.enums.values) files += values.enumFile(enum)
        for (struct in model.structs.values) files += values.structFile(struct)
        return files.associateTo(sortedMapOf()) { "${it.packageName.replace('.', '/')}/${it.name}.kt" to it.toString() }
    }

    private fun registryFile(): FileSpec {
        val list = CodeBlock.builder().add("listOf(\n").indent()
        for (type in model.entityOrder) list.add("%T,\n", ClassName(ASSET_PACKAGE, typeName(type)))
        list.unindent().add(")")
        return FileSpec.builder(ASSET_PACKAGE, "GeneratedAssetTypes").addFileComment("%L", GENERATED_HEADER).indent("    ")
            .addProperty(
                PropertySpec.builder("generatedAssetTypes", LIST.parameterizedBy(AtlanNames.ASSET_TYPE.parameterizedBy(STAR)), KModifier.INTERNAL)
                    .addKdoc("Every entity type generated from the type definitions, super types first.")
                    .initializer(list.build()).build(),
            )
            .build()
    }

    /**
     * `generatedAssetType(typeName)`: one type's companion by its Atlan name. In a file of its own, so that reading an
     * entity initialises its type and super types only, not the 463 companions (and their search fields) of the list.
     */
    private fun lookupFile(): FileSpec {
        val body = CodeBlock.builder().beginControlFlow("return when (typeName)")
        for (type in model.entityOrder) body.addStatement("%S -> %T", type, ClassName(ASSET_PACKAGE, typeName(type)))
        body.addStatement("else -> null").endControlFlow()
        return FileSpec.builder(ASSET_PACKAGE, "GeneratedAssetTypeLookup").addFileComment("%L", GENERATED_HEADER).indent("    ")
            .addFunction(
                FunSpec.builder("generatedAssetType").addModifiers(KModifier.INTERNAL)
                    .addKdoc("The entity type named [typeName], or null when none was generated with that name.")
                    .addParameter("typeName", STRING)
                    .returns(AtlanNames.ASSET_TYPE.parameterizedBy(STAR).copy(nullable = true))
                    .addCode(body.build()).build(),
            )
            .build()
    }
}

internal const val GENERATED_HEADER = "Generated from Atlan's typedefs.json by dev.katalog.generator at build time. Do not edit."
