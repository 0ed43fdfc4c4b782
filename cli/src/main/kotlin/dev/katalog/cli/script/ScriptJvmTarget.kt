package dev.katalog.cli.script

/**
 * The JVM version scripts compile for: 17, the oldest JDK the SDK runs on. It must be at least the target of the
 * SDK's Kotlin bytecode (1.8), so that the SDK's inline functions inline into scripts; higher than the
 * compiler's default (1.8), so that scripts may inline libraries built for newer JVMs too.
 */
internal object ScriptJvmTarget {
    const val sdk: String = "17"
}
