package dev.katalog.apicheck

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import java.nio.file.Files

/**
 * Each library module's public API against its checked-in `<module>/api/<artifactId>.api`, so every change of
 * the API is a visible change in review. `-Dkatalog.api.update=true` rewrites the files instead.
 */
class ApiDumpSpec : FunSpec({
    val update = System.getProperty("katalog.api.update").toBoolean()

    for (module in LibraryModules.all) {
        val shown = module.moduleDir.fileName.resolve("api").resolve(module.apiFile.fileName)
        test("${module.artifactId}: the public API is the one in $shown") {
            val actual = ApiDump.render(LibraryModules.classesOf(module))
            if (update) {
                Files.createDirectories(module.apiFile.parent)
                Files.writeString(module.apiFile, actual)
                println("api-check: wrote $shown (${actual.length} characters)")
                return@test
            }
            val expected = if (Files.exists(module.apiFile)) Files.readString(module.apiFile) else ""
            if (actual != expected) {
                val changes = ApiDiff.lines(expected, actual)
                fail(buildString {
                    appendLine("The public API of ${module.artifactId} differs from $shown (${changes.size} lines of difference):")
                    changes.take(SHOWN_LINES).forEach { appendLine(it) }
                    if (changes.size > SHOWN_LINES) appendLine("… and ${changes.size - SHOWN_LINES} more")
                    if (changes.isEmpty()) appendLine("(the same declarations, laid out differently)")
                    append("If the change is intended, rewrite the dumps and commit them: $UPDATE_COMMAND")
                })
            }
        }
    }
})

private const val SHOWN_LINES = 30

/** The command that rewrites every module's dump (the modules must have been compiled, e.g. by `mvn verify`). */
const val UPDATE_COMMAND = "mvn -pl api-check verify -Dkatalog.api.update=true"
