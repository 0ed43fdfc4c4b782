package dev.katalog.client.export

import dev.katalog.client.core.UsageException

/**
 * How an export is written. [connectionName] names the connection in the definition (by default its name in the
 * catalog; give another to apply the definition next to the original). An estate of more than [filePerSchemaAbove]
 * assets is split: each schema in a file of its own, which the root file includes. [adminUsers] are the connection's
 * admins in a definition exported from OpenMetadata (`om.export`), whose database services have none: Atlan needs one
 * to create the connection; an Atlan export writes the connection's own admins and ignores them.
 */
public class ExportOptions @JvmOverloads constructor(
    public val connectionName: String? = null,
    public val filePerSchemaAbove: Int = DEFAULT_FILE_PER_SCHEMA_ABOVE,
    public val adminUsers: List<String> = emptyList(),
) {
    init {
        UsageException.check(filePerSchemaAbove >= 0, { "filePerSchemaAbove is $filePerSchemaAbove" }, "give 0 (always one file per schema) or more")
        UsageException.check(connectionName == null || connectionName.isNotBlank(), { "connectionName is blank" }, "give a name, or null to keep the catalog's")
        UsageException.check(adminUsers.none { it.isBlank() }, { "adminUsers holds a blank user name" }, "give each admin's user name")
    }

    override fun toString(): String = "ExportOptions(connectionName=$connectionName, filePerSchemaAbove=$filePerSchemaAbove, adminUsers=$adminUsers)"

    public companion object {
        /** Estates up to this many assets are written as one file. */
        public const val DEFAULT_FILE_PER_SCHEMA_ABOVE: Int = 2_000

        /** The connection's own name, one file up to [DEFAULT_FILE_PER_SCHEMA_ABOVE] assets. */
        @JvmField public val DEFAULT: ExportOptions = ExportOptions()
    }
}
