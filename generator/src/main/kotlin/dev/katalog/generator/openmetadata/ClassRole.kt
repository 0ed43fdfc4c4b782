package dev.katalog.generator.openmetadata

import com.squareup.kotlinpoet.ClassName

/** What a generated class stands for beyond its schema, i.e. which shared interface it implements. */
internal sealed interface ClassRole {
    /** An entity the server answers with: `OpenMetadataEntity`. */
    data object Entity : ClassRole

    /** A request creating [entity]: `CreateRequest<entity>`. */
    data class CreateRequest(val entity: ClassName) : ClassRole
}
