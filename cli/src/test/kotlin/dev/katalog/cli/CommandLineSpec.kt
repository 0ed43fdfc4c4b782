package dev.katalog.cli

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** bin/katalog's options stand anywhere; `--` hands the rest over as is; what cannot be read says how to fix it. */
class CommandLineSpec : FunSpec({
    val connection = setOf("--base-url", "--api-token")

    fun script(vararg args: String) = CommandLine.parse("script", args.toList(), connection, setOf("--debug"), openAfterFirst = true)

    test("options before, between and after the positional arguments are read; the rest stays in order") {
        val line = script("--base-url", "http://h:1", "s.main.kts", "a", "--api-token=T", "b", "--debug")
        line.option("--base-url") shouldBe "http://h:1"
        line.option("--api-token") shouldBe "T"
        line.has("--debug") shouldBe true
        line.positional shouldBe listOf("s.main.kts", "a", "b")
    }

    test("after the file, unknown options belong to the script; after --, everything does") {
        val line = script("s.main.kts", "--limit", "5", "--", "--base-url", "x", "--")
        line.option("--base-url") shouldBe null
        line.positional shouldBe listOf("s.main.kts", "--limit", "5", "--base-url", "x", "--")
    }

    test("an unknown option before the file, a missing value, or an unknown option of plan are refused with the fix") {
        shouldThrow<CommandLine.UsageError> { script("--limit", "s.main.kts") }.message shouldBe
            "script: unknown option \"--limit\"; its options are --api-token, --base-url, --debug. To pass it to the script, put it after the script's file, or after --"
        shouldThrow<CommandLine.UsageError> { script("s.main.kts", "--base-url") }.message shouldBe
            "script: --base-url needs a value, e.g. --base-url http://127.0.0.1:21000"
        shouldThrow<CommandLine.UsageError> { CommandLine.parse("plan", listOf("t.catalog.kts", "--purne"), connection, setOf("--prune")) }.message shouldBe
            "plan: unknown option \"--purne\"; its options are --api-token, --base-url, --prune"
    }
})
