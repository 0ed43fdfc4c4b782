package dev.katalog.local.openmetadata

import com.fasterxml.jackson.core.JacksonException
import com.networknt.schema.InputFormat
import com.networknt.schema.JsonMetaSchema
import com.networknt.schema.JsonSchema
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.NonValidationKeyword
import com.networknt.schema.SchemaLocation
import com.networknt.schema.SchemaValidatorsConfig
import com.networknt.schema.SpecVersion
import java.util.concurrent.ConcurrentHashMap

/**
 * OpenMetadata 1.4's JSON Schemas (from `org.open-metadata:openmetadata-spec`), loaded once and cached.
 *
 * `OpenMetadataSchemas.validate("api/data/createTable.json", body)` is empty when `body` is valid.
 */
public object OpenMetadataSchemas {
    private const val SITE = "https://open-metadata.org/schema/"
    private const val ROOT = "json/schema/"

    private val factory: JsonSchemaFactory by lazy {
        val metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV7())
            // The spec carries its generators' and UI's own keywords (javaType, mask, expose, …): they validate nothing.
            .unknownKeywordFactory { keyword, _ -> NonValidationKeyword(keyword) }
            .build()
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7) { builder ->
            builder.metaSchema(metaSchema)
            builder.schemaMappers { mappers ->
                // Some schemas declare an `$id` under api/ that lives elsewhere in the jar: the narrower prefixes go first.
                mappers.mapPrefix("${SITE}api/type/", "classpath:${ROOT}type/")
                mappers.mapPrefix("${SITE}api/security/", "classpath:${ROOT}security/")
                // Dashboard and pipeline connections reach security/ssl through an `$id` under entity/services/.
                mappers.mapPrefix("${SITE}entity/services/security/", "classpath:${ROOT}security/")
                // connections/common/sslConfig.json, sslCertPaths.json and sslCertValues.json all declare the `$id` of
                // connections/search/elasticSearch/apiAuth.json (a copy in 1.4), so sslConfig's `./sslCertPaths.json`
                // resolves under search/elasticSearch/, where no such file is: those two names are mapped back to common/.
                mappers.mapPrefix("${SITE}entity/services/connections/search/elasticSearch/sslCert", "classpath:${ROOT}entity/services/connections/common/sslCert")
                // api/data/restoreEntity.json declares an `$id` one level up (api/), so its `../../type/` leaves /schema/.
                mappers.mapPrefix("https://open-metadata.org/type/", "classpath:${ROOT}type/")
                // api/tests/createTestCaseResolutionStatus.json declares the `$id` of a file under tests/, so its
                // `../../tests/` and `../../type/` leave /schema/ the same way.
                mappers.mapPrefix("https://open-metadata.org/tests/", "classpath:${ROOT}tests/")
                mappers.mapPrefix(SITE, "classpath:$ROOT")
            }
        }
    }

    private val config: SchemaValidatorsConfig = SchemaValidatorsConfig.builder().build()

    private val schemas = ConcurrentHashMap<String, JsonSchema>()

    /**
     * The problems of [json] against the schema at [schemaPath] (relative to `json/schema/`, such as
     * `entity/data/table.json`, or a definition in one, `entity/data/table.json#/definitions/tableData`), one message each, in a stable order; empty when valid. Malformed JSON is one problem.
     * An unknown schema path is an [IllegalArgumentException].
     */
    public fun validate(schemaPath: String, json: String): List<String> {
        val schema = schema(schemaPath)
        val messages = try {
            schema.validate(json, InputFormat.JSON)
        } catch (e: JacksonException) {
            return listOf("The body is not well-formed JSON (${e.originalMessage.lineSequence().first().take(120)})")
        } catch (e: IllegalArgumentException) {
            return listOf("The body is not well-formed JSON")
        }
        return messages.map { it.message }.sorted()
    }

    /** The schema at [schemaPath], loaded on first use. */
    internal fun schema(schemaPath: String): JsonSchema {
        require(isKnown(schemaPath)) { "No OpenMetadata schema at json/schema/$schemaPath: give a path such as api/data/createTable.json" }
        return schemas.computeIfAbsent(schemaPath) { path ->
            factory.getSchema(SchemaLocation.of("classpath:$ROOT$path"), config).also { it.initializeValidators() }
        }
    }

    // A path may name a definition inside a file, `entity/data/table.json#/definitions/tableData`.
    private fun isKnown(schemaPath: String): Boolean {
        val file = schemaPath.substringBefore('#')
        val pointer = schemaPath.substringAfter('#', "")
        return file.endsWith(".json") && ".." !in file && !file.startsWith("/") &&
            (pointer.isEmpty() || pointer.matches(Regex("""/definitions/\w+"""))) &&
            OpenMetadataSchemas::class.java.classLoader.getResource("$ROOT$file") != null
    }
}
