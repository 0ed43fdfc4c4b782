package dev.katalog.generator

import com.squareup.kotlinpoet.AnnotationSpec
import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.FileSpec
import com.squareup.kotlinpoet.FunSpec
import com.squareup.kotlinpoet.KModifier
import com.squareup.kotlinpoet.LONG
import com.squareup.kotlinpoet.ParameterSpec
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.PropertySpec
import com.squareup.kotlinpoet.TypeSpec
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.generator.AtlanNames as N

/** Renders Atlan enums as Kotlin enums and Atlan structs as lossless data classes. */
internal class ValueTypeRenderer(private val types: KotlinTypes) {

    fun enumFile(def: TypeDef): FileSpec {
        val name = ClassName(ENUM_PACKAGE, typeName(def.name!!))
        val enum = TypeSpec.enumBuilder(name).addModifiers(KModifier.PUBLIC)
            .addKdoc("%L", kdocText(def.description) ?: "The Atlan enum ${def.name}.")
            .addAnnotation(N.SERIALIZABLE)
        val used = HashSet<String>()
        for (element in def.elementDefs.orEmpty()) {
            var entry = enumEntryName(element.value)
            while (!used.add(entry)) entry += "_"
            enum.addEnumConstant(
                entry,
                TypeSpec.anonymousClassBuilder()
                    .apply { kdocText(element.description)?.let { addKdoc("%L", it) } }
                    .addAnnotation(AnnotationSpec.builder(N.SERIAL_NAME).addMember("%S", element.value).build())
                    .build(),
            )
        }
        return file(name, enum.build())
    }

    fun structFile(def: TypeDef): FileSpec {
        val name = ClassName(STRUCT_PACKAGE, typeName(def.name!!))
        // Java builds a struct from the values it has, in order, as Kotlin names the ones it sets.
        val constructor = FunSpec.constructorBuilder().addAnnotation(JvmOverloads::class)
        val struct = TypeSpec.classBuilder(name).addModifiers(KModifier.PUBLIC, KModifier.DATA)
            .addKdoc("%L", kdocText(def.description) ?: "The Atlan struct ${def.name}.")
            .addAnnotation(N.KEEP_GENERATED_SERIALIZER)
            .addAnnotation(AnnotationSpec.builder(N.SERIALIZABLE).addMember("with = %T::class", name.nestedClass("Serializer")).build())
            .addSuperinterface(N.LOSSLESS)
        for (attr in def.attributeDefs.orEmpty()) {
            val property = propertyName(attr.name)
            // A struct is decoded by kotlinx.serialization, which has no Instant serializer: a date stays the epoch
            // milliseconds Atlan sends (as date elements of arrays and maps already do).
            val type = if (attr.typeName == "date") LONG.copy(nullable = true) else types.accessor(attr.name, attr.typeName, false).type
            constructor.addParameter(ParameterSpec.builder(property, type).defaultValue("null").build())
            struct.addProperty(
                PropertySpec.builder(property, type).addModifiers(KModifier.PUBLIC).initializer("%N", property)
                    .apply { kdocText(attr.description)?.let { addKdoc("%L", it) } }
                    .addAnnotation(AnnotationSpec.builder(N.SERIAL_NAME).addMember("%S", attr.name).build())
                    .build(),
            )
        }
        constructor.addParameter(ParameterSpec.builder("extras", N.JSON_OBJECT).defaultValue("%T(emptyMap())", N.JSON_OBJECT).build())
        struct.addProperty(PropertySpec.builder("extras", N.JSON_OBJECT, KModifier.OVERRIDE).initializer("extras").addAnnotation(N.TRANSIENT).build())
        struct.primaryConstructor(constructor.build())
        struct.addType(
            TypeSpec.objectBuilder("Serializer").addModifiers(KModifier.INTERNAL)
                .superclass(N.LOSSLESS_SERIALIZER.parameterizedBy(name))
                .addSuperclassConstructorParameter("generatedSerializer()")
                .addFunction(
                    FunSpec.builder("withExtras").addModifiers(KModifier.OVERRIDE)
                        .addParameter("value", name).addParameter("extras", N.JSON_OBJECT).returns(name)
                        .addStatement("return value.copy(extras = extras)").build(),
                )
                .build(),
        )
        return file(name, struct.build())
    }

    private fun file(name: ClassName, type: TypeSpec): FileSpec =
        FileSpec.builder(name).addFileComment("%L", GENERATED_HEADER).indent("    ").addType(type).build()
}
