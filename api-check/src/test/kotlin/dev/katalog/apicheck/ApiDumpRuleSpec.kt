package dev.katalog.apicheck

import com.tngtech.archunit.core.importer.ClassFileImporter
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** The dump and its diff themselves, on the fixture classes `Visible` and `VisibleKt`. */
class ApiDumpRuleSpec : FunSpec({
    test("the dump keeps what a user can call and leaves out internal, private, synthetic and mangled members") {
        val fixture = ClassFileImporter().importPackages("dev.katalog.apicheck.fixture")
            .filter { it.source.flatMap { source -> source.fileName }.orElse(null) == "Visible.kt" }
        ApiDump.render(fixture) shouldBe EXPECTED_DUMP
    }

    test("the diff names a changed class once, then its removed and added members, and whole classes gone or new") {
        val before = "public final class a/A {\n\tpublic fun x ()V\n}\n\npublic final class a/B : a/Base {\n\tpublic fun z ()V\n}\n\n"
        val after = "public final class a/A {\n\tpublic fun y ()V\n}\n\npublic final class a/C {\n}\n\n"
        ApiDiff.lines(before, after) shouldBe listOf(
            "  public final class a/A {",
            "-\tpublic fun x ()V",
            "+\tpublic fun y ()V",
            "- public final class a/B : a/Base {  (gone, 1 members)",
            "+ public final class a/C {  (new, 0 members)",
        )
    }
})

private val EXPECTED_DUMP = """
public final class dev/katalog/apicheck/fixture/Visible {
	public final fun getCount ()I
	public final fun getName ()Ljava/lang/String;
	public final fun shown (I)I
	public fun <init> ()V
	public static final field Companion Ldev/katalog/apicheck/fixture/Visible${"$"}Companion;
	public static final fun make ()Ldev/katalog/apicheck/fixture/Visible;
}

public static final class dev/katalog/apicheck/fixture/Visible${"$"}Companion {
	public final fun make ()Ldev/katalog/apicheck/fixture/Visible;
}

public static final class dev/katalog/apicheck/fixture/Visible${"$"}InnerShown {
	public fun <init> ()V
}

public final class dev/katalog/apicheck/fixture/VisibleKt {
	public static final fun shownTopLevel ()I
}

""".trimStart()
