package dev.katalog.apicheck

import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaCodeUnit
import com.tngtech.archunit.core.domain.JavaMember
import com.tngtech.archunit.core.domain.JavaModifier

/**
 * The public API of a set of classes as stable, sorted text: one block per class a user can name, with the
 * members a user can call, by JVM signature. Kotlin `internal` declarations (public in bytecode) are left out
 * by their Kotlin metadata; synthetic and `$`-mangled members (`$default`, `access$`, `$serializer`) too.
 *
 * ```
 * public final class dev/katalog/client/MutationResult {
 * 	public final fun getResponse ()Ldev/katalog/model/atlan/api/MutationResponse;
 * }
 * ```
 */
object ApiDump {
    fun render(classes: Collection<JavaClass>): String {
        val byName = classes.associateBy { it.name }
        return classes.filter { it.isApiClass() }.sortedBy { it.name }.joinToString("") { cls ->
            val kotlin = KotlinMembers.of(cls) { byName[it] }
            val members = (cls.fields + cls.codeUnits.filter { it.name != "<clinit>" })
                .filter { it.isApiMember(kotlin) }
                .map { memberLine(it) }
                .sorted()
            buildString {
                append(header(cls)).append(" {\n")
                members.forEach { append('\t').append(it).append('\n') }
                append("}\n\n")
            }
        }
    }

    private fun JavaMember.isApiMember(kotlin: KotlinMembers): Boolean {
        if (JavaModifier.PUBLIC !in modifiers && JavaModifier.PROTECTED !in modifiers) return false
        if (JavaModifier.SYNTHETIC in modifiers || JavaModifier.BRIDGE in modifiers) return false
        if ('$' in name) return false
        val signature = if (this is JavaCodeUnit) name + descriptor else "$name:$descriptor"
        return kotlin.visibilityOf(signature)?.isApi() ?: true
    }

    private fun header(cls: JavaClass): String {
        val words = mutableListOf(visibility(cls.modifiers))
        if (JavaModifier.STATIC in cls.modifiers) words += "static"
        if (!cls.isInterface) {
            if (JavaModifier.FINAL in cls.modifiers) words += "final"
            if (JavaModifier.ABSTRACT in cls.modifiers) words += "abstract"
        }
        words += cls.kindName()
        words += internalName(cls.name)
        val supertypes = (listOfNotNull(cls.rawSuperclass.orElse(null)) + cls.rawInterfaces.sortedBy { it.name })
            .map { it.name }.filter { it != "java.lang.Object" }
        return words.joinToString(" ") + if (supertypes.isEmpty()) "" else supertypes.joinToString(", ", " : ") { internalName(it) }
    }

    private fun memberLine(member: JavaMember): String {
        val words = mutableListOf(visibility(member.modifiers))
        if (JavaModifier.STATIC in member.modifiers) words += "static"
        if (JavaModifier.FINAL in member.modifiers) words += "final"
        if (JavaModifier.ABSTRACT in member.modifiers) words += "abstract"
        return if (member is JavaCodeUnit) {
            (words + "fun" + member.name).joinToString(" ") + " " + member.descriptor
        } else {
            (words + "field" + member.name + member.descriptor).joinToString(" ")
        }
    }

    private fun visibility(modifiers: Set<JavaModifier>) = if (JavaModifier.PROTECTED in modifiers) "protected" else "public"

    private fun internalName(name: String) = name.replace('.', '/')
}
