package dev.katalog.test.junit

import org.junit.jupiter.api.extension.ExtendWith
import java.lang.annotation.Inherited

/**
 * Runs the test class against the local catalog of this test run (see [LocalCatalogExtension]), after applying
 * [definitions]. For trees and other options register the extension with `@RegisterExtension` instead; use one
 * of the two on a class, not both.
 *
 * `@KatalogTest(definitions = "src/test/resources/shop.catalog.kts") class ShopTest { @Test void finds(AtlanClient atlan) { … } }`
 */
@Target(AnnotationTarget.CLASS)
@Retention(AnnotationRetention.RUNTIME)
@MustBeDocumented
@Inherited
@ExtendWith(LocalCatalogExtension::class)
public annotation class KatalogTest(
    /** Definition files (`*.catalog.kts`) applied before the class's tests, relative to the working directory; they need the Kotlin scripting host. */
    val definitions: Array<String> = [],
    /** How long starting the catalog may take, in seconds; 0 keeps the default (180). */
    val startTimeoutSeconds: Long = 0,
)
