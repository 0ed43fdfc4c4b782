package dev.katalog.local.store

import java.security.SecureRandom

/** Server-assigned identifiers: nanoid-style qualifiedNames for glossaries and hashed names for tags and custom metadata. */
internal object RandomNames {
    private val random = SecureRandom()
    private const val ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    /** 21 characters, as Atlan's glossary qualifiedNames. */
    fun nanoId(): String = of(21)

    /** 22 characters, as Atlan's hashed tag and custom metadata names. */
    fun hashedName(): String = of(22)

    fun token(): String = of(40)

    private fun of(length: Int): String = buildString(length) { repeat(length) { append(ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)]) } }
}
