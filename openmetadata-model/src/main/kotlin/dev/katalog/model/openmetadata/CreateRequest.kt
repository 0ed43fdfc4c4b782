package dev.katalog.model.openmetadata

import dev.katalog.model.json.Lossless

/** A request that creates (POST) or creates or updates (PUT) an entity of type [E], e.g. `CreateTable` → `Table`. */
public interface CreateRequest<E : OpenMetadataEntity> : Lossless {
    /** The name of the entity to create, within its parent. */
    public val name: String
}
