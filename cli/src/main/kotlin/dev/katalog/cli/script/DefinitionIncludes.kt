package dev.katalog.cli.script

import dev.katalog.dsl.tree.AssetNode
import java.io.File

/**
 * What a script can call besides the SDK: [include], which lets a long definition live in several files (one per
 * schema, as `bin/katalog export` writes it) that a root file puts together.
 */
public class DefinitionIncludes internal constructor(private val file: File, private val including: List<File>) {
    /**
     * The schema the definition file at [path] (relative to this file) declares with `schemaDefinition(name) { … }`,
     * for a database to add: `database("SALES") { schema(include("analytics/SALES/PUBLIC.catalog.kts")) }`.
     */
    public fun include(path: String): AssetNode {
        val target = File(path).let { if (it.isAbsolute) it else File(file.parentFile, path) }.canonicalFile
        val chain = including + file.canonicalFile
        if (target in chain) {
            throw KatalogScripts.ScriptFailed("${file.name} includes $path, which includes it back (${(chain + target).joinToString(" → ") { it.name }}): remove the include that closes the loop")
        }
        if (!target.isFile) throw KatalogScripts.ScriptFailed("${file.name} includes $path, which does not exist at ${target.path}: give a path relative to ${file.name}")
        return KatalogScripts.run(target, null, emptyList(), chain) as? AssetNode
            ?: throw KatalogScripts.ScriptFailed("$path must end with schemaDefinition(name) { … }: the schema that ${file.name} includes")
    }

    override fun toString(): String = "DefinitionIncludes(${file.name})"
}
