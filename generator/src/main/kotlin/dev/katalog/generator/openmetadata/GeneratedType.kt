package dev.katalog.generator.openmetadata

import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.TypeName

/** A Kotlin type the OpenMetadata model declares for one schema node. */
internal sealed class GeneratedType(val className: ClassName, val location: SchemaLocation, val description: String?) {
    /** Types declared inside this one (inline objects and enums of its properties). */
    val nested: MutableList<GeneratedType> = ArrayList()
}

/** An object schema with properties: a lossless data class. */
internal class GeneratedClass(className: ClassName, location: SchemaLocation, description: String?) :
    GeneratedType(className, location, description) {
    val properties: MutableList<GeneratedProperty> = ArrayList()
}

/** A string enum: a Kotlin enum with a fallback for values a newer server sends. */
internal class GeneratedEnum(className: ClassName, location: SchemaLocation, description: String?, val values: List<String>) :
    GeneratedType(className, location, description)

/** One property of a [GeneratedClass]; [type] is never nullable, [required] decides whether the Kotlin one is. */
internal data class GeneratedProperty(
    val jsonName: String,
    val kotlinName: String,
    val type: TypeName,
    val required: Boolean,
    val description: String?,
)
