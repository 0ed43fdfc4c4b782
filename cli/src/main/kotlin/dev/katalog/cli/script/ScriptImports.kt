package dev.katalog.cli.script

/** What scripts and definition files import without saying so: every public package of the SDK but two. */
internal object ScriptImports {
    val packages: List<String> = listOf(
        "dev.katalog.client", "dev.katalog.client.assets", "dev.katalog.client.atlan", "dev.katalog.client.auth",
        "dev.katalog.client.batch", "dev.katalog.client.core", "dev.katalog.client.custommetadata", "dev.katalog.client.directory",
        "dev.katalog.client.glossary", "dev.katalog.client.names", "dev.katalog.client.access", "dev.katalog.client.datamesh",
        "dev.katalog.client.openmetadata", "dev.katalog.client.openmetadata.calls", "dev.katalog.client.openmetadata.entities",
        "dev.katalog.client.openmetadata.lineage", "dev.katalog.client.openmetadata.search", "dev.katalog.client.openmetadata.system",
        "dev.katalog.client.openmetadata.tables", "dev.katalog.client.openmetadata.quality",
        "dev.katalog.client.openmetadata.domains", "dev.katalog.client.openmetadata.access", "dev.katalog.client.openmetadata.customproperties",
        "dev.katalog.client.openmetadata.tree", "dev.katalog.client.openmetadata.export", "dev.katalog.client.progress", "dev.katalog.client.search", "dev.katalog.client.tags",
        "dev.katalog.client.tree", "dev.katalog.client.typedefs", "dev.katalog.client.tokens", "dev.katalog.client.audit", "dev.katalog.client.lineage",
        "dev.katalog.client.export",
        "dev.katalog.dsl.openmetadata", "dev.katalog.dsl.search", "dev.katalog.dsl.tree", "dev.katalog.dsl.lineage",
        "dev.katalog.model.atlan.api", "dev.katalog.model.atlan.asset", "dev.katalog.model.atlan.enums", "dev.katalog.model.atlan.field",
        "dev.katalog.model.atlan.search", "dev.katalog.model.atlan.structs", "dev.katalog.model.atlan.typedef", "dev.katalog.model.json",
        "dev.katalog.model.openmetadata", "dev.katalog.model.openmetadata.kinds", "dev.katalog.model.openmetadata.api", "dev.katalog.model.openmetadata.api.data",
        "dev.katalog.model.openmetadata.api.classification", "dev.katalog.model.openmetadata.api.lineage",
        "dev.katalog.model.openmetadata.api.services", "dev.katalog.model.openmetadata.api.teams",
        "dev.katalog.model.openmetadata.entity.classification", "dev.katalog.model.openmetadata.entity.services",
        "dev.katalog.model.openmetadata.entity.teams", "dev.katalog.model.openmetadata.entity.type",
        "dev.katalog.model.openmetadata.tests", "dev.katalog.model.openmetadata.tests.type", "dev.katalog.model.openmetadata.api.tests",
        "dev.katalog.model.openmetadata.type.profile", "dev.katalog.model.openmetadata.type.api", "dev.katalog.model.openmetadata.type.searchindex",
        "dev.katalog.model.openmetadata.type.topic",
        "dev.katalog.model.openmetadata.api.domains", "dev.katalog.model.openmetadata.api.policies", "dev.katalog.model.openmetadata.entity",
        "dev.katalog.model.openmetadata.entity.policies", "dev.katalog.model.openmetadata.entity.policies.accessControl",
        "kotlinx.coroutines", "kotlinx.coroutines.flow",
    )

    /** Packages left out because their names would clash with Atlan's: importing both would make `Table` ambiguous. */
    val leftOut: List<String> = listOf("dev.katalog.model.openmetadata.entity.data", "dev.katalog.model.openmetadata.type", "dev.katalog.model.openmetadata.entity.domains")

    /** The import directives, one star import per package. */
    val directives: List<String> = packages.map { "$it.*" }

    /** The scope of a script, as `bin/katalog script --help` shows it. */
    val help: String = """
        |Usage: bin/katalog script [--base-url U --api-token T] [--debug] FILE.main.kts [args...] [-- args...]
        |
        |Runs a Kotlin script, compiled for JVM ${ScriptJvmTarget.sdk}, with the SDK on its classpath. Options may stand anywhere;
        |everything after -- goes to the script as is.
        |
        |In scope:
        |  client   an AtlanClient of --base-url and --api-token, or of the environment (ATLAN_BASE_URL, ATLAN_API_KEY)
        |  args     the script's own arguments (a List<String>): what follows FILE, without bin/katalog's options
        |
        |Imported (each package.*):
        |${packages.chunked(3).joinToString("\n") { "  " + it.joinToString(", ") }}
        |
        |Not imported, as their Table, Database, Column, TablePartition and DataProduct share names with Atlan's; import what you use:
        |  ${leftOut.joinToString(", ")}
        |  e.g. import dev.katalog.model.openmetadata.entity.data.Table as OmTable
        |
        |Definition files for plan and apply (*.catalog.kts) have the same imports and args, no client, and end with catalog { ... }.
        |A long one may be split: include("dir/SCHEMA.catalog.kts") (relative to the file) runs a file ending with
        |schemaDefinition(name) { ... } and gives its schema, which a database adds with schema(include(...)).
    """.trimMargin()
}
