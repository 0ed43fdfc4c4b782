package dev.katalog.model.json

/**
 * Marks declarations that the Katalog modules share with each other (JSON readers for hand-written
 * serializers in `katalog-model`) but that are not part of the supported API: they may change in any release.
 */
@RequiresOptIn(
    message = "Katalog's own plumbing between its modules, not a supported API: it may change in any release.",
    level = RequiresOptIn.Level.ERROR,
)
@Retention(AnnotationRetention.BINARY)
@Target(AnnotationTarget.CLASS, AnnotationTarget.FUNCTION)
public annotation class KatalogInternalApi
