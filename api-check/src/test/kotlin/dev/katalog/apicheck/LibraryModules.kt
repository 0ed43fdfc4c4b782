package dev.katalog.apicheck

import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/** A library module under check: its artifactId and the directory of its compiled main classes. */
class LibraryModule(val artifactId: String, val classesDir: Path) {
    /** The module's directory (Maven's `<module>/target/classes` layout). */
    val moduleDir: Path get() = classesDir.parent.parent

    /** The checked-in dump of the module's public API. */
    val apiFile: Path get() = moduleDir.resolve("api").resolve("$artifactId.api")

    /** Whether [javaClass] was read from this module's class directory. */
    fun owns(javaClass: JavaClass): Boolean =
        javaClass.source.map { Paths.get(it.uri).startsWith(classesDir) }.orElse(false)
}

/**
 * The library modules, listed once in this module's pom (`katalog.api.modules`, one `artifactId=classes directory`
 * a line), and their classes, imported once for every spec of the test run.
 */
object LibraryModules {
    val all: List<LibraryModule> by lazy {
        val listing = System.getProperty("katalog.api.modules")
            ?: error("katalog.api.modules is not set: run the specs through Maven (mvn -pl api-check -am verify)")
        listing.lines().map { it.trim() }.filter { it.isNotEmpty() }.map { line ->
            val (artifactId, dir) = line.split('=', limit = 2).map { it.trim() }.also {
                require(it.size == 2) { "katalog.api.modules: \"$line\" is not artifactId=classes directory" }
            }
            val classesDir = Paths.get(dir).toAbsolutePath().normalize()
            check(Files.isDirectory(classesDir)) { "$artifactId has no classes at $classesDir: build it first (mvn -pl api-check -am verify)" }
            LibraryModule(artifactId, classesDir)
        }
    }

    /** Every main class of every library module (no test classes: only the class directories are read). */
    val classes: JavaClasses by lazy { ClassFileImporter().importPaths(all.map { it.classesDir }) }

    fun classesOf(module: LibraryModule): List<JavaClass> = classes.filter { module.owns(it) }
}
