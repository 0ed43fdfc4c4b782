package dev.katalog.test

import java.security.SecureRandom

/** The identity of this test run (this JVM), which [TestNames] build on. */
internal object RunNames {
    private const val ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

    /** Six lowercase letters and digits, new for every JVM: index names and connection names may carry it. */
    val RUN_ID: String = SecureRandom().let { random -> (1..6).map { ALPHABET[random.nextInt(ALPHABET.length)] }.joinToString("") }
}
