package dev.katalog.client.export

/** One file of an export: its [path] relative to the root file's directory (`/`-separated) and its [text]. */
public class ExportFile internal constructor(public val path: String, public val text: String) {
    override fun toString(): String = "ExportFile($path, ${text.length} chars)"
}
