package dev.katalog.dsl.lineage

/** How the conditions of one lineage filter combine: every one must hold, or any one. */
public enum class LineageMatch { ALL, ANY }
