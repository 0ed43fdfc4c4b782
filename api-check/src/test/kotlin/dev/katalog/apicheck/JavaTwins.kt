package dev.katalog.apicheck

import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaMethod
import com.tngtech.archunit.core.domain.JavaModifier
import com.tngtech.archunit.core.domain.JavaParameterizedType
import kotlin.metadata.KmClassifier
import kotlin.metadata.KmFunction
import kotlin.metadata.KmType
import kotlin.metadata.Visibility
import kotlin.metadata.isInline
import kotlin.metadata.isSuspend
import kotlin.metadata.jvm.signature
import kotlin.metadata.visibility

/**
 * The Java twin rule: every public member suspend function or `Flow` of a public Kotlin class `X` has a method in
 * `XFutures` (same package) of the same name and JVM parameter types, returning a `CompletableFuture` (suspend) or a
 * `Stream` (Flow). The `Continuation` is dropped; a `(T) -> Unit` or `T.() -> Unit` parameter becomes a
 * `java.util.function.Consumer`; `getXOrNull` becomes `findX` returning `Optional`. A function with default
 * parameters needs the twin with all of them. Where Java cannot take the Kotlin shape (a suspending block),
 * `@JavaTwin(name, why)` names the twin instead: on a function, a method of that name in `XFutures`; on a class, a
 * `Class.method` (of the same package, or fully qualified) through which Java reaches what the class does.
 */
object JavaTwins {
    /** One line per missing twin, e.g. `AtlanClient.save(Asset, SaveOptions): no AtlanClientFutures.save(Asset, SaveOptions) returning CompletableFuture`. */
    fun missing(classes: Collection<JavaClass>): List<String> {
        val byName = classes.associateBy { it.name }
        return classes.filter { it.isApiClass() }.sortedBy { it.name }.flatMap { cls ->
            val kmClass = cls.kmClass() ?: return@flatMap emptyList()
            val named = namedTwin(cls)
            if (named != null) return@flatMap listOfNotNull(missingNamedTwin(cls, named, byName))
            val twin = byName[cls.name + "Futures"]
            kmClass.functions.filter { it.needsTwin() }.mapNotNull { function -> missingTwin(cls, function, twin) }
        }.distinct()
    }

    /** The twin a `@JavaTwin` on [element] names, or null. */
    private fun namedTwin(element: com.tngtech.archunit.core.domain.properties.CanBeAnnotated): String? =
        element.annotations().firstOrNull { it.rawType.name == JAVA_TWIN }?.get("name")?.orElse(null) as String?

    private fun com.tngtech.archunit.core.domain.properties.CanBeAnnotated.annotations() = when (this) {
        is JavaClass -> annotations
        is JavaMethod -> annotations
        else -> emptySet()
    }

    /** A class-level `@JavaTwin("Class.method")`: that method must exist, public, in the same package. */
    private fun missingNamedTwin(owner: JavaClass, named: String, byName: Map<String, JavaClass>): String? {
        val className = named.substringBeforeLast('.').let { if ('.' in it) it else owner.packageName + "." + it }
        val exists = byName[className]?.allMethods.orEmpty().any { it.name == named.substringAfterLast('.') && JavaModifier.PUBLIC in it.modifiers }
        return if (exists) null else "${simpleName(owner.name)}: @JavaTwin names $named, which does not exist"
    }

    private fun KmFunction.needsTwin(): Boolean =
        visibility == Visibility.PUBLIC && !isInline && receiverParameterType == null && (isSuspend || returnType.isClass(FLOW))

    private fun missingTwin(owner: JavaClass, function: KmFunction, twin: JavaClass?): String? {
        val signature = function.signature ?: return null
        val parameters = parameterTypes(signature.descriptor).let { if (function.isSuspend) it.dropLast(1) else it }
        // Context parameters come first on the JVM, then the value parameters.
        val offset = parameters.size - function.valueParameters.size
        val expected = parameters.mapIndexed { index, type ->
            val kotlinType = function.valueParameters.getOrNull(index - offset)?.type
            if (type == "kotlin.jvm.functions.Function1" && kotlinType != null && kotlinType.arguments.lastOrNull()?.type?.isClass("kotlin/Unit") == true) CONSUMER else type
        }
        val jvmMethod = owner.methods.firstOrNull { it.name == signature.name && it.descriptor == signature.descriptor }
        jvmMethod?.let(::namedTwin)?.let { named ->
            val exists = twin?.allMethods.orEmpty().any { it.name == named && JavaModifier.PUBLIC in it.modifiers && it.rawReturnType.name in setOf(COMPLETABLE_FUTURE, STREAM) }
            return if (exists) null else "${simpleName(owner.name)}.${function.name}: @JavaTwin names ${simpleName(owner.name)}Futures.$named, which does not exist"
        }
        val finder = Regex("get(.*)OrNull").matchEntire(function.name)
        val name = finder?.let { "find" + it.groupValues[1] } ?: function.name
        val returns = if (function.isSuspend) COMPLETABLE_FUTURE else STREAM
        val found = twin?.allMethods.orEmpty().any { method ->
            method.name == name && JavaModifier.PUBLIC in method.modifiers &&
                method.rawParameterTypes.map { it.name } == expected &&
                method.rawReturnType.name == returns &&
                (finder == null || method.wrapsOptional())
        }
        if (found) return null
        val wanted = simpleName(returns) + if (finder != null) "<Optional>" else ""
        return "${simpleName(owner.name)}.${function.name}(${parameters.joinToString { simpleName(it) }}): " +
            "no ${simpleName(owner.name)}Futures.$name(${expected.joinToString { simpleName(it) }}) returning $wanted"
    }

    /** Whether the method returns `CompletableFuture<Optional<…>>`. */
    private fun JavaMethod.wrapsOptional(): Boolean {
        val returned = returnType as? JavaParameterizedType ?: return false
        return returned.actualTypeArguments.firstOrNull()?.toErasure()?.name == "java.util.Optional"
    }

    private fun KmType.isClass(name: String) = (classifier as? KmClassifier.Class)?.name == name

    /** The parameter types of a JVM method descriptor, as Java names (`java.lang.String`, `int`, `java.util.List[]`). */
    fun parameterTypes(descriptor: String): List<String> {
        val types = mutableListOf<String>()
        var i = 1
        while (descriptor[i] != ')') {
            var dims = 0
            while (descriptor[i] == '[') { dims++; i++ }
            val name = if (descriptor[i] == 'L') {
                val end = descriptor.indexOf(';', i)
                descriptor.substring(i + 1, end).replace('/', '.').also { i = end + 1 }
            } else {
                PRIMITIVES.getValue(descriptor[i]).also { i++ }
            }
            types += if (dims == 0) name else if (name in PRIMITIVES.values) "[".repeat(dims) + descriptorOf(name) else "[".repeat(dims) + "L$name;"
        }
        return types
    }

    private fun descriptorOf(primitive: String) = PRIMITIVES.entries.first { it.value == primitive }.key.toString()

    /** `java.util.List` → `List`, `[Ldev.katalog.X;` → `X[]`, `dev.katalog.A$B` → `A.B`. */
    private fun simpleName(name: String): String {
        if (name.startsWith("[")) {
            val element = name.trimStart('[')
            val dims = name.length - element.length
            val elementName = if (element.startsWith("L")) element.drop(1).dropLast(1) else PRIMITIVES.getValue(element[0])
            return simpleName(elementName) + "[]".repeat(dims)
        }
        return name.substringAfterLast('.').replace('$', '.')
    }

    private const val JAVA_TWIN = "dev.katalog.client.core.JavaTwin"
    private const val FLOW = "kotlinx/coroutines/flow/Flow"
    private const val CONSUMER = "java.util.function.Consumer"
    private const val COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture"
    private const val STREAM = "java.util.stream.Stream"
    private val PRIMITIVES = mapOf(
        'Z' to "boolean", 'B' to "byte", 'C' to "char", 'S' to "short", 'I' to "int", 'J' to "long", 'F' to "float", 'D' to "double",
    )
}
