package dev.katalog.dsl.search

import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files

/** Operators exist only where the index field supports them: these snippets are compiled for real. */
class CompileTimeSafetySpec : FunSpec({
    val classpath = listOf(Table::class.java, FluentSearch::class.java, Unit::class.java, kotlinx.serialization.json.Json::class.java, kotlinx.serialization.KSerializer::class.java)
        .map { File(it.protectionDomain.codeSource.location.toURI()).path }.distinct().joinToString(File.pathSeparator)

    fun compile(body: String): Pair<ExitCode, String> {
        val dir = Files.createTempDirectory("snippet").toFile()
        val source = File(dir, "Snippet.kt")
        source.writeText(
            """
            import dev.katalog.dsl.search.*
            import dev.katalog.model.atlan.asset.*
            fun snippet() { $body }
            """.trimIndent(),
        )
        val out = ByteArrayOutputStream()
        val code = K2JVMCompiler().exec(
            PrintStream(out), "-classpath", classpath, "-d", File(dir, "out").path, "-no-stdlib", "-no-reflect", "-jvm-target", "17", source.path,
        )
        dir.deleteRecursively()
        return code to out.toString()
    }

    test("a correct search compiles") {
        val (code, output) = compile("""search<Table> { where(Table.ROW_COUNT gt 1000); where(Table.NAME startsWith "ord") }""")
        withClue(output) { code shouldBe ExitCode.OK }
    }

    test("startsWith on a numeric field does not compile") {
        val (code, output) = compile("""search<Table> { where(Table.ROW_COUNT startsWith "x") }""")
        code shouldBe ExitCode.COMPILATION_ERROR
        output shouldContain "startsWith"
    }

    test("a range on a keyword-only field does not compile") {
        val (code, output) = compile("""search<Table> { where(Table.CONNECTOR_NAME gt 3) }""")
        code shouldBe ExitCode.COMPILATION_ERROR
        output shouldContain "gt"
    }

    test("full-text match on a keyword-only field does not compile") {
        val (code, _) = compile("""search<Table> { where(Table.CONNECTOR_NAME match "snow") }""")
        code shouldBe ExitCode.COMPILATION_ERROR
    }

    test("a term cannot be declared inside a table") {
        val (code, _) = compile(
            """dev.katalog.dsl.tree.catalog { connection("c", Connector.SNOWFLAKE) { database("D") { schema("S") { table("T") { term("X") } } } } }""",
        )
        code shouldBe ExitCode.COMPILATION_ERROR
    }

    val inTable = { body: String ->
        """dev.katalog.dsl.tree.catalog { connection("c", Connector.SNOWFLAKE) { database("D") { schema("S") { table("T") { $body } } } } }"""
    }

    test("a table in a tree takes Table's typed setters") {
        val (code, output) = compile(
            inTable("""rowCount(5); ownerUsers(listOf("alice")); ownerUsers("alice", "bob"); """ +
                """certificateStatus(dev.katalog.model.atlan.enums.CertificateStatus.VERIFIED); description = "Orders"; column("ID") { isNullable(false) }"""),
        )
        withClue(output) { code shouldBe ExitCode.OK }
    }

    test("a misspelt attribute in a tree does not compile") {
        val (code, output) = compile(inTable("rowCont(5)"))
        code shouldBe ExitCode.COMPILATION_ERROR
        output shouldContain "rowCont"
    }

    test("a value of the wrong type in a tree does not compile") {
        val (code, output) = compile(inTable("rowCount(\"five\")"))
        code shouldBe ExitCode.COMPILATION_ERROR
        output shouldContain "rowCount"
    }

    test("a view takes View's setters, not a term's") {
        val ok = compile("""dev.katalog.dsl.tree.catalog { connection("c", Connector.SNOWFLAKE) { database("D") { schema("S") { view("V") { definition("select 1") } } } } }""")
        withClue(ok.second) { ok.first shouldBe ExitCode.OK }
        compile("""dev.katalog.dsl.tree.catalog { connection("c", Connector.SNOWFLAKE) { database("D") { schema("S") { view("V") { abbreviation("V") } } } } }""")
            .first shouldBe ExitCode.COMPILATION_ERROR
    }
})
