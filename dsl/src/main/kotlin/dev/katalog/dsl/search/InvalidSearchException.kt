package dev.katalog.dsl.search

/** A search that cannot be sent as built: the message says what is wrong and how to fix it. */
public class InvalidSearchException(message: String) : IllegalArgumentException(message)
