package dev.katalog.dsl.lineage

/** A lineage query that cannot be sent as built: the message names the starting asset, what is wrong and how to fix it. */
public class InvalidLineageException(message: String) : IllegalArgumentException(message)
