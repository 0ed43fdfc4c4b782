package dev.katalog.model.openmetadata

/** A JSON Patch that cannot be applied; the message names the operation (by position) and what is wrong. */
public class JsonPatchException(message: String) : IllegalArgumentException(message)
