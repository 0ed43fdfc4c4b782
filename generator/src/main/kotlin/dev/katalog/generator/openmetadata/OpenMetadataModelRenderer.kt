package dev.katalog.generator.openmetadata

import com.squareup.kotlinpoet.AnnotationSpec
import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.FileSpec
import com.squareup.kotlinpoet.FunSpec
import com.squareup.kotlinpoet.KModifier
import com.squareup.kotlinpoet.MemberName
import com.squareup.kotlinpoet.ParameterSpec
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.PropertySpec
import com.squareup.kotlinpoet.STRING
import com.squareup.kotlinpoet.TypeSpec

/** Renders the declared OpenMetadata types as Kotlin files, one per top-level type. */
internal class OpenMetadataModelRenderer(private val specVersion: String, private val roles: Map<ClassName, ClassRole> = emptyMap()) {

    /** Relative path → file content for every type in [topLevel]. */
    fun render(topLevel: List<GeneratedType>): Map<String, String> = topLevel.associate { type ->
        val file = FileSpec.builder(type.className)
            .addFileComment("Generated from openmetadata-spec %L, json/schema/%L, by the katalog generator. Do not edit.", specVersion, type.location.file)
            .indent("    ")
            .addType(typeSpec(type))
            .build()
        "${type.className.packageName.replace('.', '/')}/${type.className.simpleName}.kt" to file.toString()
    }

    private fun typeSpec(type: GeneratedType): TypeSpec = when (type) {
        is GeneratedClass -> classSpec(type)
        is GeneratedEnum -> enumSpec(type)
    }

    private fun classSpec(type: GeneratedClass): TypeSpec {
        val name = type.className
        val constructor = FunSpec.constructorBuilder()
        val builder = TypeSpec.classBuilder(name).addModifiers(KModifier.PUBLIC, KModifier.DATA)
            .addKdoc("%L", kdoc(type.description ?: "The OpenMetadata object ${type.location}."))
            .addAnnotation(KEEP_GENERATED_SERIALIZER)
            .addAnnotation(AnnotationSpec.builder(SERIALIZABLE).addMember("with = %T::class", name.nestedClass("Serializer")).build())
        val role = roles[name]
        val overridden = when (role) {
            ClassRole.Entity -> ENTITY_MEMBERS.also { builder.addSuperinterface(OPENMETADATA_ENTITY) }
            is ClassRole.CreateRequest -> CREATE_MEMBERS.also { builder.addSuperinterface(CREATE_REQUEST.parameterizedBy(role.entity)) }
            null -> emptyMap<String, com.squareup.kotlinpoet.TypeName>().also { builder.addSuperinterface(LOSSLESS) }
        }
        for ((member, memberType) in overridden) {
            val property = type.properties.singleOrNull { it.kotlinName == member }
            check(property != null && property.type == memberType.copy(nullable = false)) {
                "${type.location}: $role needs $member: $memberType, the schema gives ${property?.type}"
            }
        }
        for (property in type.properties) {
            // Some schemas leave id optional (it is for requests), but every entity a server answers with has one.
            val kotlinType = overridden[property.kotlinName] ?: property.type.copy(nullable = !property.required)
            constructor.addParameter(
                ParameterSpec.builder(property.kotlinName, kotlinType).apply { if (kotlinType.isNullable) defaultValue("null") }.build(),
            )
            builder.addProperty(
                PropertySpec.builder(property.kotlinName, kotlinType, if (property.kotlinName in overridden) KModifier.OVERRIDE else KModifier.PUBLIC)
                    .initializer("%N", property.kotlinName)
                    .apply { property.description?.let { addKdoc("%L", kdoc(it)) } }
                    .apply { if (property.kotlinName != property.jsonName) addAnnotation(AnnotationSpec.builder(SERIAL_NAME).addMember("%S", property.jsonName).build()) }
                    .build(),
            )
        }
        constructor.addParameter(ParameterSpec.builder("extras", JSON_OBJECT).defaultValue("%M", EMPTY_JSON_OBJECT).build())
        builder.addProperty(
            PropertySpec.builder("extras", JSON_OBJECT, KModifier.OVERRIDE).initializer("extras").addAnnotation(TRANSIENT)
                .addKdoc("Keys this model does not know (from newer servers) and keys that were explicitly null, kept for writing back.")
                .build(),
        )
        builder.primaryConstructor(constructor.build())
        builder.addType(
            TypeSpec.objectBuilder("Serializer").addModifiers(KModifier.INTERNAL)
                .superclass(LOSSLESS_SERIALIZER.parameterizedBy(name))
                .addSuperclassConstructorParameter("generatedSerializer()")
                .addFunction(
                    FunSpec.builder("withExtras").addModifiers(KModifier.OVERRIDE)
                        .addParameter("value", name).addParameter("extras", JSON_OBJECT).returns(name)
                        .addStatement("return value.copy(extras = extras)").build(),
                )
                .build(),
        )
        builder.addType(javaBuilder(type, overridden))
        builder.addType(
            TypeSpec.companionObjectBuilder().addModifiers(KModifier.PUBLIC)
                .addFunction(
                    FunSpec.builder("builder").addAnnotation(JvmStatic::class).addModifiers(KModifier.PUBLIC)
                        .addKdoc("A builder, for Java callers; Kotlin callers use the constructor's named arguments.")
                        .returns(name.nestedClass("Builder")).addStatement("return Builder()").build(),
                )
                .build(),
        )
        type.nested.forEach { builder.addType(typeSpec(it)) }
        return builder.build()
    }

    // Java has no named arguments: a fluent builder whose build() names a missing required field.
    private fun javaBuilder(type: GeneratedClass, overridden: Map<String, com.squareup.kotlinpoet.TypeName>): TypeSpec {
        val name = type.className
        val builderName = name.nestedClass("Builder")
        check(type.nested.none { it.className.simpleName == "Builder" }) { "${type.location} would hide its Builder" }
        val builder = TypeSpec.classBuilder(builderName).addModifiers(KModifier.PUBLIC)
            .addKdoc("Builds a [%T] field by field; [build] fails with a [%T] when a required field is missing.", name, MISSING_FIELD)
            .primaryConstructor(FunSpec.constructorBuilder().addModifiers(KModifier.INTERNAL).build())
        val arguments = ArrayList<String>()
        for (property in type.properties) {
            val kotlinType = overridden[property.kotlinName] ?: property.type.copy(nullable = !property.required)
            val required = !kotlinType.isNullable
            builder.addProperty(PropertySpec.builder(property.kotlinName, property.type.copy(nullable = true), KModifier.PRIVATE).mutable().initializer("null").build())
            builder.addFunction(
                FunSpec.builder(property.kotlinName).addModifiers(KModifier.PUBLIC)
                    .addParameter("value", property.type.copy(nullable = true))
                    .returns(builderName)
                    .addStatement("return apply { this.%N = value }", property.kotlinName)
                    .build(),
            )
            arguments += if (required) "%N = %N ?: throw %T(%S, %S)" else "%N = %N"
        }
        val build = FunSpec.builder("build").addModifiers(KModifier.PUBLIC).returns(name)
        val args = ArrayList<Any>()
        for (property in type.properties) {
            val required = !(overridden[property.kotlinName] ?: property.type.copy(nullable = !property.required)).isNullable
            args += property.kotlinName
            args += property.kotlinName
            if (required) { args += MISSING_FIELD; args += name.simpleNames.joinToString("."); args += property.kotlinName }
        }
        build.addStatement("return %T(" + arguments.joinToString(", ") + ")", name, *args.toTypedArray())
        return builder.addFunction(build.build()).build()
    }

    private fun enumSpec(type: GeneratedEnum): TypeSpec {
        val name = type.className
        val builder = TypeSpec.enumBuilder(name).addModifiers(KModifier.PUBLIC)
            .addKdoc("%L", kdoc((type.description ?: "The values of ${type.location}.") + "\n\nA value a newer server sends that this model does not know reads as [$UNRECOGNIZED]."))
            .addAnnotation(AnnotationSpec.builder(SERIALIZABLE).addMember("with = %T::class", name.nestedClass("Serializer")).build())
            .primaryConstructor(FunSpec.constructorBuilder().addParameter("value", STRING).build())
            .addProperty(PropertySpec.builder("value", STRING, KModifier.PUBLIC).initializer("value").addKdoc("The value on the wire.").build())
        val used = HashSet<String>()
        for (value in type.values) {
            var constant = SchemaTypes.enumConstantName(value)
            while (!used.add(constant)) constant += "_"
            builder.addEnumConstant(constant, TypeSpec.anonymousClassBuilder().addSuperclassConstructorParameter("%S", value).build())
        }
        check(UNRECOGNIZED !in used) { "${type.location} has a value named $UNRECOGNIZED, which the model uses for unknown values" }
        builder.addEnumConstant(
            UNRECOGNIZED,
            TypeSpec.anonymousClassBuilder().addSuperclassConstructorParameter("%S", "")
                .addKdoc("A value this model does not know, read from a newer server; it cannot be written back.").build(),
        )
        builder.addType(
            TypeSpec.objectBuilder("Serializer").addModifiers(KModifier.INTERNAL)
                .superclass(OPEN_ENUM_SERIALIZER.parameterizedBy(name))
                .addSuperclassConstructorParameter("%S", name.canonicalName)
                .addSuperclassConstructorParameter("%T.entries.filter { it != %T.%N }.associateBy { it.value }", name, name, UNRECOGNIZED)
                .addSuperclassConstructorParameter("%T.%N", name, UNRECOGNIZED)
                .build(),
        )
        return builder.build()
    }

    // Schema descriptions are markdown; keep them readable and unable to close or nest the comment.
    private fun kdoc(text: String): String = text.trim().replace("*/", "*&#47;").replace("/*", "&#47;*") + "\n"

    private companion object {
        const val UNRECOGNIZED = "UNRECOGNIZED"
        val SERIALIZABLE = ClassName("kotlinx.serialization", "Serializable")
        val SERIAL_NAME = ClassName("kotlinx.serialization", "SerialName")
        val TRANSIENT = ClassName("kotlinx.serialization", "Transient")
        val KEEP_GENERATED_SERIALIZER = ClassName("kotlinx.serialization", "KeepGeneratedSerializer")
        val JSON_OBJECT = SchemaTypes.JSON_OBJECT
        val LOSSLESS = ClassName("dev.katalog.model.json", "Lossless")
        val LOSSLESS_SERIALIZER = ClassName("dev.katalog.model.json", "LosslessSerializer")
        val OPEN_ENUM_SERIALIZER = ClassName("dev.katalog.model.json", "OpenEnumSerializer")
        val EMPTY_JSON_OBJECT = MemberName("dev.katalog.model.json", "EmptyJsonObject")
        val OPENMETADATA_ENTITY = ClassName(SchemaTypes.MODEL_PACKAGE, "OpenMetadataEntity")
        val CREATE_REQUEST = ClassName(SchemaTypes.MODEL_PACKAGE, "CreateRequest")
        val ENTITY_MEMBERS = mapOf("id" to STRING, "name" to STRING, "fullyQualifiedName" to STRING.copy(nullable = true), "version" to com.squareup.kotlinpoet.DOUBLE.copy(nullable = true))
        val CREATE_MEMBERS = mapOf("name" to STRING)
        val MISSING_FIELD = ClassName(SchemaTypes.MODEL_PACKAGE, "MissingFieldException")
    }
}
