package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.asset.ConnectedAssetCreators.child
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.str

/**
 * The qualifiedName rules of Anaplan's assets, as atlan-python's creators build them (`anaplan_*.py`): workspaces,
 * apps and system dimensions in their connection (`<connection>/<name>`, through [ConnectorFamilyCreators.named]), a
 * page in its app, a model in its workspace, a module, list or dimension in its model, a line item or view in its
 * module, each `<parent>/<name>`. Each carries the qualifiedName and name of every ancestor from its workspace down,
 * read off its parent's qualifiedName (`<connection>/<workspace>/<model>/<module>`), and a reference to its parent.
 */
internal object AnaplanCreators {
    private val LEVELS = listOf("Workspace", "Model", "Module")

    /** A page of the app [appQualifiedName]. */
    fun <B : EntitySetters<B>> page(b: B, name: String, appQualifiedName: String): B =
        child(b, name, appQualifiedName, "anaplanApp", "AnaplanApp")

    /** A model of the workspace [workspaceQualifiedName]. */
    fun <B : EntitySetters<B>> model(b: B, name: String, workspaceQualifiedName: String): B =
        ancestors(child(b, name, workspaceQualifiedName, "anaplanWorkspace", "AnaplanWorkspace"), workspaceQualifiedName, levels = 1)

    /** A module, list or dimension of the model [modelQualifiedName]. */
    fun <B : EntitySetters<B>> inModel(b: B, name: String, modelQualifiedName: String): B =
        ancestors(child(b, name, modelQualifiedName, "anaplanModel", "AnaplanModel"), modelQualifiedName, levels = 2)

    /** A line item or view of the module [moduleQualifiedName]. */
    fun <B : EntitySetters<B>> inModule(b: B, name: String, moduleQualifiedName: String): B =
        ancestors(child(b, name, moduleQualifiedName, "anaplanModule", "AnaplanModule"), moduleQualifiedName, levels = 3)

    /** The workspace's, model's and module's qualifiedNames and names, the first [levels] of them, from [parentQualifiedName]. */
    private fun <B : EntitySetters<B>> ancestors(b: B, parentQualifiedName: String, levels: Int): B {
        val parts = parentQualifiedName.split('/')
        val level = LEVELS[levels - 1].lowercase()
        require(parts.size >= CONNECTION_PARTS + levels) {
            "\"$parentQualifiedName\" is not an Anaplan $level's qualifiedName (<connection>/${LEVELS.take(levels).joinToString("/") { "<${it.lowercase()}>" }})"
        }
        var builder = b
        for (i in 0 until levels) {
            val end = CONNECTION_PARTS + i + 1
            builder = builder.attribute("anaplan${LEVELS[i]}QualifiedName", str(parts.take(end).joinToString("/")))
                .attribute("anaplan${LEVELS[i]}Name", str(parts[end - 1]))
        }
        return builder
    }

    private const val CONNECTION_PARTS = 3
}
