package dev.katalog.generator.openmetadata

import java.io.File

/**
 * Writes the OpenMetadata model: `GenerateOpenMetadataKt <output source directory>`, reading the JSON Schemas
 * of `org.open-metadata:openmetadata-spec` from the classpath. The directory is emptied first, so it holds
 * exactly what the current schemas produce.
 */
public fun main(args: Array<String>) {
    require(args.size == 1) { "usage: GenerateOpenMetadataKt <output source directory>" }
    val out = File(args[0])
    out.deleteRecursively()
    val files = generateOpenMetadataSources(Thread.currentThread().contextClassLoader)
    for ((path, content) in files) {
        File(out, path).apply { parentFile.mkdirs() }.writeText(content)
    }
    println("generated ${files.size} OpenMetadata model files into $out")
}

/** The OpenMetadata model's sources, relative path → content, from the schemas [loader] can read. */
public fun generateOpenMetadataSources(loader: ClassLoader): Map<String, String> {
    val source = SchemaSource.fromClassLoader(loader)
    val types = SchemaTypes(source)
    GenerationScope.roots.forEach(types::declareRoot)
    val roles = GenerationScope.entities.associate { types.classOf(it) to ClassRole.Entity } +
        GenerationScope.createRequests.entries.associate { (request, entity) -> types.classOf(request) to ClassRole.CreateRequest(types.classOf(entity)) }
    return OpenMetadataModelRenderer(SPEC_VERSION, roles).render(types.topLevel)
}

// The spec release whose schemas the model is generated from; the openmetadata-model pom pins the same.
private const val SPEC_VERSION = "1.4.0"
