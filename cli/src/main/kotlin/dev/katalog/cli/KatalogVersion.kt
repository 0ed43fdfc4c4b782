package dev.katalog.cli

import dev.katalog.cli.script.ScriptJvmTarget
import java.util.Properties

/** What `bin/katalog --version` prints: the project's version (from the build), Kotlin's and the JVM's. */
internal object KatalogVersion {
    /** The project version the build wrote into the CLI's resources, e.g. `0.1.0-SNAPSHOT`. */
    val project: String by lazy {
        val properties = Properties()
        KatalogVersion::class.java.getResourceAsStream("katalog.properties")?.use(properties::load)
        properties.getProperty("version")?.takeUnless { it.startsWith("\${") } ?: "unknown (not built by Maven)"
    }

    fun describe(): String = """
        |katalog $project
        |Kotlin ${KotlinVersion.CURRENT} (scripts compile for JVM ${ScriptJvmTarget.sdk})
        |JVM ${System.getProperty("java.version")} (${System.getProperty("java.vendor")}, ${System.getProperty("java.vm.name")})
    """.trimMargin()
}
