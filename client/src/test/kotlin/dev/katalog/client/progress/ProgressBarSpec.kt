package dev.katalog.client.progress

import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.it.SharedCatalog
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldEndWith
import java.io.ByteArrayOutputStream
import java.io.PrintStream

/** The progress bar: what a line says, when it redraws, and that it stays silent off a terminal. */
class ProgressBarSpec : FunSpec({
    test("a line with a total has a bar, the count, the rate and the ETA") {
        ProgressLine.render("applying", 50, 200, 10_000_000_000) shouldBe "  applying [######..................] 50/200  5/s ETA 30s"
        ProgressLine.render("applying", 200, 200, 4_000_000_000) shouldBe "  applying [########################] 200/200  50/s ETA 0s"
        ProgressLine.render("applying", 0, 0, 0) shouldBe "  applying [########################] 0/0  0/s"
    }

    test("a line without a total has the count and the rate") {
        ProgressLine.render("streaming", 1200, null, 2_000_000_000) shouldBe "  streaming 1200  600/s"
    }

    test("on a terminal it redraws in place at most ten times a second, always at the end, and erases itself") {
        val out = ByteArrayOutputStream()
        var now = 0L
        val bar = ProgressBar.builder("applying").total(200).output(PrintStream(out, true)).drawing(true).clock { now }.build()
        bar.update(0)
        now = 50_000_000; bar.update(10)          // 50 ms later: not redrawn
        now = 150_000_000; bar.update(20)         // 150 ms: redrawn
        now = 160_000_000; bar.update(200)        // the end: redrawn at once
        bar.close()
        out.toString().split('\r').filter { it.isNotEmpty() } shouldBe listOf(
            "  applying [........................] 0/200  0/s",
            "  applying [##......................] 20/200  133/s ETA 1s",
            "  applying [########################] 200/200  1250/s ETA 0s",
            " ".repeat(60),
        )
    }

    test("off a terminal (a pipe, a file, this test) nothing is written") {
        ProgressBar.isTerminal() shouldBe false
        val out = ByteArrayOutputStream()
        ProgressBar.builder("applying").total(3).output(PrintStream(out, true)).build().use { bar ->
            bar.isDrawing shouldBe false
            (1L..3L).forEach(bar::update)
        }
        out.size() shouldBe 0
    }

    test("it listens to a real apply: the last line counts every asset") {
        val out = ByteArrayOutputStream()
        val name = "progress-${System.nanoTime()}"
        val tree = catalog {
            connection(name, Connector.POSTGRES) {
                adminUsers("admin")
                database("DB") { schema("S") { table("T") { column("A"); column("B") } } }
            }
        }
        SharedCatalog.client().use { client ->
            val plan = client.trees.plan(tree)
            val bar = ProgressBar.builder("applying").total(plan.creates.size.toLong()).output(PrintStream(out, true)).drawing(true).build()
            client.trees.apply(plan, BatchOptions.builder().listener(bar).build()).created shouldBe 6
            val lines = out.toString().split('\r').filter { it.isNotBlank() }
            lines.last() shouldContain "  applying [########################] 6/6  "
            bar.close()
            out.toString() shouldEndWith "\r"
        }
    }
})
