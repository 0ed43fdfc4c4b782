package dev.katalog.cli.script

import dev.katalog.client.AtlanClient

/** The JVM version scripts compile for: the SDK's own, so that its inline functions inline into scripts. */
internal object ScriptJvmTarget {
    /** e.g. "17", read from the class file version of the SDK's compiled classes (major 61 is Java 17). */
    val sdk: String by lazy {
        val bytes = AtlanClient::class.java.getResourceAsStream("AtlanClient.class")!!.use { it.readNBytes(8) }
        val major = ((bytes[6].toInt() and 0xff) shl 8) or (bytes[7].toInt() and 0xff)
        (major - 44).toString()
    }
}
