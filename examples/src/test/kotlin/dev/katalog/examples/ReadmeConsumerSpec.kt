package dev.katalog.examples

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.string.shouldContain
import java.io.File

/** The README's smallest programs are the consumer project's sources, verbatim (consumer-check builds and runs them). */
class ReadmeConsumerSpec : FunSpec({
    val readme = File("../README.md").readText()

    fun between(file: String, start: String, end: String): String {
        val text = File("../consumer/$file").readText()
        val from = text.indexOf(start)
        return text.substring(from, text.indexOf(end, from)).trimEnd()
    }

    test("the Kotlin program is shown verbatim") {
        readme shouldContain between("src/main/kotlin/com/example/catalog/FindTables.kt", "/** Declares", "\nfun main")
    }

    test("the Java program is shown verbatim") {
        readme shouldContain between("src/main/java/com/example/catalog/CountTables.java", "    public static List<String> run", "\n    public static void main")
    }
})
