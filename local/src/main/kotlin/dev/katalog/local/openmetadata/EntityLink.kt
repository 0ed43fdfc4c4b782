package dev.katalog.local.openmetadata

/**
 * An OpenMetadata entity link as a test case names what it tests, `<#E::table::svc.db.s.t>` or
 * `<#E::table::svc.db.s.t::columns::id>`, read as openmetadata-service 1.4 `resources/feeds/MessageParser.EntityLink`
 * reads it: a malformed link is a 400.
 */
internal data class EntityLink(val entityType: String, val entityFqn: String, val column: String?) {

    /**
     * What the link points at: the table, or the column under it (`EntityLink.getFullyQualifiedFieldValue`); a column
     * name with a dot comes quoted in the link, as ometa's `get_entity_link` writes it, and stays so.
     */
    val fieldFqn: String get() = when {
        column == null -> entityFqn
        column.length > 1 && column.startsWith('"') && column.endsWith('"') -> "$entityFqn.$column"
        else -> "$entityFqn.${EntityBuilder.quote(column)}"
    }

    companion object {
        private val LINK = Regex("""^<#E::([^:<>]+)::([^<>]+?)(?:::columns::([^<>]+))?>$""")

        fun parse(text: String): EntityLink {
            val match = LINK.matchEntire(text) ?: throw OpenMetadataErrors.badRequest("Entity link was not found in $text")
            val (type, fqn, column) = match.destructured
            return EntityLink(type, fqn, column.ifEmpty { null })
        }
    }
}
