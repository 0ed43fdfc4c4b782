package dev.katalog.generator

// Turning Atlan names (type names with spaces or leading underscores, camelCase attributes) into Kotlin names.

/** `certificate_status` → `CertificateStatus`, `No Data Quality risks detected` → `NoDataQualityRisksDetected`, `__internal` → `Internal`. */
internal fun typeName(atlanName: String): String =
    atlanName.split(Regex("[^A-Za-z0-9]+")).filter { it.isNotEmpty() }.joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }

/** `__hasLineage` → `hasLineage`, `AtlasServer.name` → `atlasServerName` (KotlinPoet escapes keywords). */
internal fun propertyName(attribute: String): String {
    val parts = attribute.trimStart('_').split('.', ' ', '-').filter { it.isNotEmpty() }
    val joined = parts.first() + parts.drop(1).joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }
    return joined.replaceFirstChar(Char::lowercaseChar)
}

/** `rowCount` → `ROW_COUNT`, `sourceURL` → `SOURCE_URL`, `s3BucketArn` → `S3_BUCKET_ARN`. */
internal fun constantName(attribute: String): String = propertyName(attribute)
    .replace(Regex("([a-z0-9])([A-Z])"), "$1_$2")
    .replace(Regex("([A-Z])([A-Z][a-z])"), "$1_$2")
    .uppercase()

/** An enum value as a Kotlin identifier: `Data Warehouse` → `DATA_WAREHOUSE`. */
internal fun enumEntryName(value: String): String {
    val name = value.replace(Regex("[^A-Za-z0-9]+"), "_").trim('_').uppercase().ifEmpty { "EMPTY" }
    return if (name.first().isDigit()) "_$name" else name
}

/** [text] cleaned for a KDoc comment (trimmed, unable to close or nest the comment), or null when blank. */
internal fun kdocText(text: String?): String? {
    val clean = text?.trim()?.replace("*/", "*&#47;")?.replace("/*", "&#47;*")
    if (clean.isNullOrBlank()) return null
    return clean.lines().joinToString("\n") { it.trimEnd() }
}
