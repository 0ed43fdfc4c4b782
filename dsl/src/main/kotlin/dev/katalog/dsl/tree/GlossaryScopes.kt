package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm

/** A glossary or a category: categories and terms, nested as deep as needed. */
public abstract class GlossaryMembersScope<S : GlossaryMembersScope<S>> internal constructor(kind: NodeKind, name: String) : NodeScope<S>(kind, name) {
    /** A category named [name]. */
    public fun category(name: String, block: CategoryScope.() -> Unit = {}) { children += CategoryScope(name).apply(block).node() }

    /** A term named [name]. */
    public fun term(name: String, block: TermScope.() -> Unit = {}) { children += TermScope(name).apply(block).node() }
}

/** A glossary: its categories and terms, and every setter of [AtlasGlossary]. */
public class GlossaryScope internal constructor(name: String) :
    GlossaryMembersScope<GlossaryScope>(NodeKind.GLOSSARY, name), AtlasGlossary.Setters<GlossaryScope> {
    override fun self(): GlossaryScope = this
}

/** A category: its categories and terms, and every setter of [AtlasGlossaryCategory]. */
public class CategoryScope internal constructor(name: String) :
    GlossaryMembersScope<CategoryScope>(NodeKind.CATEGORY, name), AtlasGlossaryCategory.Setters<CategoryScope> {
    override fun self(): CategoryScope = this
}

/** A glossary term: every setter of [AtlasGlossaryTerm]. */
public class TermScope internal constructor(name: String) : NodeScope<TermScope>(NodeKind.TERM, name), AtlasGlossaryTerm.Setters<TermScope> {
    override fun self(): TermScope = this
}
