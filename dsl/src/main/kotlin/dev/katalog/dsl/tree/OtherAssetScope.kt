package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset

/**
 * An asset of a type no other scope declares, named by its Atlan [typeName] (a type the model does not know, such as a
 * custom entity type): the setters every asset has, and its own attributes by name with `attribute("name", value)`.
 */
public class OtherAssetScope internal constructor(private val typeName: String, name: String) :
    NodeScope<OtherAssetScope>(NodeKind.OTHER, name), Asset.Setters<OtherAssetScope> {
    override fun self(): OtherAssetScope = this

    override fun node(): AssetNode = super.node().copy(typeName = typeName)
}

/** The scopes whose asset may hold assets of types no other setter declares: connections, databases and schemas. */
public abstract class OtherAssetsParentScope<S : OtherAssetsParentScope<S>> internal constructor(kind: NodeKind, name: String) : NodeScope<S>(kind, name) {
    /**
     * An asset of the Atlan type [typeName] that no other setter declares (a type the model does not know, such as a
     * custom entity type): its qualifiedName is `<parent>/<name>`, its own attributes set by name, `attribute("widgetSize", 5)`.
     */
    public fun asset(typeName: String, name: String, block: OtherAssetScope.() -> Unit = {}): AssetNode =
        OtherAssetScope(typeName, name).apply(block).node().also { children += it }
}
