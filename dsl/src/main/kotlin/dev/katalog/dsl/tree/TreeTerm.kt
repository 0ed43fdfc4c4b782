package dev.katalog.dsl.tree

/**
 * A glossary term a tree assigns to an asset, by the names people see: the [term] named so in the glossary named
 * [glossary]. Kotlin writes it `"Glossary" / "Term"` inside a node; Java `new TreeTerm("Glossary", "Term")`.
 */
public data class TreeTerm(val glossary: String, val term: String) {
    override fun toString(): String = "$glossary/$term"
}
