package dev.katalog.apicheck

import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaModifier
import kotlin.metadata.KmClass
import kotlin.metadata.KmDeclarationContainer
import kotlin.metadata.Visibility
import kotlin.metadata.jvm.KotlinClassMetadata
import kotlin.metadata.jvm.Metadata
import kotlin.metadata.jvm.fieldSignature
import kotlin.metadata.jvm.getterSignature
import kotlin.metadata.jvm.setterSignature
import kotlin.metadata.jvm.signature
import kotlin.metadata.visibility

/** The Kotlin metadata of [this] class file (its `@kotlin.Metadata` annotation), or null for a Java class. */
fun JavaClass.kotlinMetadata(): KotlinClassMetadata? {
    val annotation = tryGetAnnotationOfType("kotlin.Metadata").orElse(null) ?: return null
    fun value(name: String): Any? = annotation.get(name).orElse(null)
    @Suppress("UNCHECKED_CAST")
    val metadata = Metadata(
        kind = value("k") as Int?,
        metadataVersion = value("mv") as IntArray?,
        data1 = value("d1") as Array<String>?,
        data2 = value("d2") as Array<String>?,
        extraString = value("xs") as String?,
        packageName = value("pn") as String?,
        extraInt = value("xi") as Int?,
    )
    return KotlinClassMetadata.readLenient(metadata)
}

fun JavaClass.kmClass(): KmClass? = (kotlinMetadata() as? KotlinClassMetadata.Class)?.kmClass

/** Public and protected are the visibilities a user of the library sees. */
fun Visibility.isApi(): Boolean = this == Visibility.PUBLIC || this == Visibility.PROTECTED

/**
 * What Kotlin says of the members of a class, by JVM signature (`name` + descriptor, or `name:descriptor` for a
 * field): their Kotlin visibility. A companion's members count too, as `@JvmStatic` functions and `const val`s
 * land in the outer class.
 */
class KotlinMembers private constructor(private val visibilities: Map<String, Visibility>) {
    /** The Kotlin visibility of the member with this JVM signature, or null when Kotlin does not declare it. */
    fun visibilityOf(signature: String): Visibility? = visibilities[signature]

    companion object {
        val NONE = KotlinMembers(emptyMap())

        fun of(javaClass: JavaClass, all: (String) -> JavaClass?): KotlinMembers {
            val declarations = mutableMapOf<String, Visibility>()
            fun addAll(metadata: KotlinClassMetadata?) {
                val container: KmDeclarationContainer = when (metadata) {
                    is KotlinClassMetadata.Class -> metadata.kmClass
                    is KotlinClassMetadata.FileFacade -> metadata.kmPackage
                    is KotlinClassMetadata.MultiFileClassPart -> metadata.kmPackage
                    else -> return
                }
                val functions = container.functions
                val properties = container.properties
                val constructors = (container as? KmClass)?.constructors.orEmpty()
                for (f in functions) f.signature?.let { declarations.putIfAbsent(it.name + it.descriptor, f.visibility) }
                for (c in constructors) c.signature?.let { declarations.putIfAbsent(it.name + it.descriptor, c.visibility) }
                for (p in properties) {
                    p.getterSignature?.let { declarations.putIfAbsent(it.name + it.descriptor, p.visibility) }
                    p.setterSignature?.let { declarations.putIfAbsent(it.name + it.descriptor, p.setter?.visibility ?: p.visibility) }
                    p.fieldSignature?.let { declarations.putIfAbsent(it.name + ":" + it.descriptor, p.visibility) }
                }
            }
            val metadata = javaClass.kotlinMetadata()
            addAll(metadata)
            val companion = (metadata as? KotlinClassMetadata.Class)?.kmClass?.companionObject
            if (companion != null) addAll(all(javaClass.name + "$" + companion)?.kotlinMetadata())
            return if (declarations.isEmpty()) NONE else KotlinMembers(declarations)
        }
    }
}

/**
 * Whether Kotlin (and Java) users can name [this] class: public or protected in Kotlin's eyes (an `internal` class
 * is public in bytecode), not synthetic, not anonymous or local, no `$`-mangled name, and so is every enclosing class.
 */
fun JavaClass.isApiClass(): Boolean {
    if (isAnonymousClass || isLocalClass) return false
    if (JavaModifier.SYNTHETIC in modifiers) return false
    val nested = name.substringAfterLast('.').split('$')
    if (nested.any { it.isEmpty() || it.first().isDigit() }) return false
    if (JavaModifier.PUBLIC !in modifiers && JavaModifier.PROTECTED !in modifiers) return false
    val kotlinVisible = when (val metadata = kotlinMetadata()) {
        null -> true
        is KotlinClassMetadata.Class -> metadata.kmClass.visibility.isApi()
        is KotlinClassMetadata.FileFacade, is KotlinClassMetadata.MultiFileClassFacade -> true
        else -> false // synthetic classes (lambdas, when-mappings), multi-file parts
    }
    return kotlinVisible && enclosingClass.map { it.isApiClass() }.orElse(true)
}

/** `class`, `interface`, `enum class` or `annotation class`, as the dump names the kind. */
fun JavaClass.kindName(): String = when {
    isAnnotation -> "annotation class"
    isInterface -> "interface"
    isEnum -> "enum class"
    else -> "class"
}
