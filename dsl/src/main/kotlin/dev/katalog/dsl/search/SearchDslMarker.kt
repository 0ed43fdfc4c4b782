package dev.katalog.dsl.search

/** Keeps nested search builders from reaching the receivers of outer ones. */
@DslMarker
public annotation class SearchDslMarker
