package dev.katalog.model.openmetadata

/** A builder of an OpenMetadata model was asked to build without the required [field] of [type]. */
public class MissingFieldException(public val type: String, public val field: String) :
    IllegalStateException("$type needs $field: call .$field(…) on the builder before build()")
