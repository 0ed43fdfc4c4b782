package dev.katalog.generator

// Turning Atlan names (type names with spaces or leading underscores, camelCase attributes) into Kotlin names.

internal val kotlinKeywords = setOf(
    "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
    "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var", "when", "while",
)

/** `certificate_status` → `CertificateStatus`, `No Data Quality risks detected` → `NoDataQualityRisksDetected`, `__internal` → `Internal`. */
internal fun typeName(atlanName: String): String =
    atlanName.split(Regex("[^A-Za-z0-9]+")).filter { it.isNotEmpty() }.joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }

/** `__hasLineage` → `hasLineage`, `AtlasServer.name` → `atlasServerName`. */
internal fun propertyName(attribute: String): String {
    val parts = attribute.trimStart('_').split('.', ' ', '-').filter { it.isNotEmpty() }
    val joined = parts.first() + parts.drop(1).joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }
    val name = joined.replaceFirstChar(Char::lowercaseChar)
    return if (name in kotlinKeywords) "`$name`" else name
}

/** `rowCount` → `ROW_COUNT`, `sourceURL` → `SOURCE_URL`, `s3BucketArn` → `S3_BUCKET_ARN`. */
internal fun constantName(attribute: String): String = propertyName(attribute).trim('`')
    .replace(Regex("([a-z0-9])([A-Z])"), "$1_$2")
    .replace(Regex("([A-Z])([A-Z][a-z])"), "$1_$2")
    .uppercase()

/** An enum value as a Kotlin identifier: `Data Warehouse` → `DATA_WAREHOUSE`. */
internal fun enumEntryName(value: String): String {
    val name = value.replace(Regex("[^A-Za-z0-9]+"), "_").trim('_').uppercase().ifEmpty { "EMPTY" }
    return if (name.first().isDigit()) "_$name" else name
}

/** A Kotlin string literal of [text]. */
internal fun literal(text: String): String =
    "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("\n", "\\n") + "\""

/** [text] as the lines of a KDoc comment indented by [indent], or nothing when blank. */
internal fun kdoc(text: String?, indent: String): String {
    val clean = text?.trim()?.replace("*/", "*&#47;")?.replace("/*", "&#47;*")
    if (clean.isNullOrBlank()) return ""
    val lines = clean.lines().map { it.trimEnd() }
    return if (lines.size == 1) "$indent/** ${lines[0]} */\n"
    else "$indent/**\n" + lines.joinToString("") { "$indent *${if (it.isEmpty()) "" else " $it"}\n" } + "$indent */\n"
}
