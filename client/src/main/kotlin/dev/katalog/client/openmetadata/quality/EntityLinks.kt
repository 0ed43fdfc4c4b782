package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException

/**
 * Entity links, the form in which a test case names the table or column it tests: `<#E::table::svc.db.s.orders>`
 * and `<#E::table::svc.db.s.orders::columns::id>` (a column name holding a dot quoted, as ometa's `get_entity_link`
 * writes it). A link the 1.4 schema's `entityLink` pattern (`type/basic.json`) would refuse is a `UsageException`.
 */
public object EntityLinks {
    // type/basic.json#/definitions/entityLink in openmetadata-spec 1.4.
    private val PATTERN = Regex("""(?U)^<#E::\w+::[\w'\- .&/:+"\\()$#%]+>$""")

    /** The link to the table [tableFqn]. */
    @JvmStatic
    public fun table(tableFqn: String): String = checked("<#E::table::$tableFqn>", tableFqn)

    /** The link to the column [column] (its name, unquoted) of the table [tableFqn]. */
    @JvmStatic
    public fun column(tableFqn: String, column: String): String {
        val quoted = try {
            Fqn.quoteName(column)
        } catch (e: InvalidFqnException) {
            throw UsageException("The column name \"${column.take(80)}\" cannot be part of an entity link: ${e.message}", "Name a column of the table as OpenMetadata stores it")
        }
        return checked("<#E::table::$tableFqn::columns::$quoted>", tableFqn)
    }

    private fun checked(link: String, tableFqn: String): String {
        UsageException.check(tableFqn.isNotBlank(), { "An entity link needs the table's FQN, which is blank" }, "Pass the table's fullyQualifiedName")
        UsageException.check(
            PATTERN.matches(link),
            { "The entity link $link holds characters OpenMetadata 1.4 refuses in entity links" },
            "Only letters, digits, spaces and ' - . & / : + \" \\ ( ) \$ # % may appear in the table's FQN and the column's name",
        )
        return link
    }
}
