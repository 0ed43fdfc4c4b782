package dev.katalog.model.openmetadata

import dev.katalog.model.json.Lossless

/** An OpenMetadata entity as the server answers it (Table, Database, GlossaryTerm…): what every kind has. */
public interface OpenMetadataEntity : Lossless {
    /** The entity's UUID. */
    public val id: String

    /** Its name within its parent. */
    public val name: String

    /** Its fully qualified name (see [Fqn]); the server always sets it. */
    public val fullyQualifiedName: String?

    /** Its version, `0.1` when created, growing with each change. */
    public val version: Double?
}
