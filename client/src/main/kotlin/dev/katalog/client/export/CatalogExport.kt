package dev.katalog.client.export

import dev.katalog.client.core.UsageException
import java.io.IOException
import java.nio.file.Files
import java.nio.file.Path

/**
 * An estate written as a definition: the [root] file (`catalog { … }`, what `bin/katalog plan|apply` takes) and, for
 * a long estate, one file per schema that the root includes with `schema(include("…"))`. [notExported] lists what
 * trees cannot declare, each also a comment in the root file.
 */
public class CatalogExport internal constructor(
    /** The root file first, then the included files in the order the root includes them. */
    public val files: List<ExportFile>,
    /** What was found but cannot be declared in a tree, one line each (type, name, qualifiedName and why). */
    public val notExported: List<String>,
    /** How many assets the definition declares. */
    public val assets: Long,
) {
    /** The file `bin/katalog plan` and `apply` take. */
    public val root: ExportFile get() = files.first()

    /**
     * Writes the files: [target] ending in `.kts` is the root file (included files go beside it), any other path a
     * directory the root file goes into under its own name. Returns the root file's path.
     */
    public fun writeTo(target: Path): Path {
        val rootPath = if (target.fileName?.toString()?.endsWith(".kts") == true) target else target.resolve(root.path)
        val base = rootPath.toAbsolutePath().parent
        for (file in files) {
            val path = if (file === root) rootPath else base.resolve(file.path)
            try {
                Files.createDirectories(path.toAbsolutePath().parent)
                Files.writeString(path, file.text)
            } catch (e: IOException) {
                throw UsageException(
                    "Cannot write the export to $path (${e.javaClass.simpleName}: ${e.message})",
                    "give an output path in a directory you can write to",
                )
            }
        }
        return rootPath
    }

    override fun toString(): String = "CatalogExport(${files.size} files, $assets assets, ${notExported.size} not exported)"
}
