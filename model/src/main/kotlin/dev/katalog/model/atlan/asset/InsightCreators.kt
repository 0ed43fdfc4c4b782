package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonPrimitive
import java.util.UUID

/**
 * The qualifiedName rules of Insights' saved queries and their folders (atlan-python `pyatlan/model/assets/collection.py`,
 * `core/folder.py`, `core/query.py`): a collection is `default/collection/<owner's username>/<UUID>`; a folder or
 * query is its parent's qualifiedName followed by its name, and carries its collection's and parent's qualifiedNames.
 */
internal object InsightCreators {
    fun <B : EntitySetters<B>> collection(b: B, name: String, username: String): B {
        require(name.isNotBlank()) { "A collection needs a name" }
        require(username.isNotBlank() && '/' !in username) { "A collection's qualifiedName holds its owner's username: pass the username of the user who will own it" }
        return b.attribute("qualifiedName", JsonPrimitive("default/collection/$username/${UUID.randomUUID()}")).attribute("name", JsonPrimitive(name))
    }

    /** A folder or query in [parent], a collection or a folder (a saved one, or `Collection.refByQualifiedName(…)`). */
    fun <B : EntitySetters<B>> inNamespace(b: B, name: String, parent: Namespace): B {
        require(name.isNotBlank()) { "A name cannot be blank" }
        val parentQualifiedName = parent.qualifiedName ?: (parent.attributes["qualifiedName"] as? JsonPrimitive)?.content
        require(!parentQualifiedName.isNullOrBlank()) { "The parent ${parent.typeName} needs its qualifiedName: use ${parent.typeName}.refByQualifiedName(qualifiedName)" }
        require(parent.typeName == "Collection" || parent.typeName == "Folder") { "A folder or query lives in a Collection or a Folder, not a ${parent.typeName}" }
        val tokens = parentQualifiedName.split('/')
        require(tokens.size >= 4 && tokens[0] == "default" && tokens[1] == "collection") {
            "\"$parentQualifiedName\" is not a collection's or folder's qualifiedName (default/collection/<username>/<id>[/…])"
        }
        val collectionQualifiedName = tokens.take(4).joinToString("/")
        return b.attribute("qualifiedName", JsonPrimitive("$parentQualifiedName/$name")).attribute("name", JsonPrimitive(name))
            .attribute("collectionQualifiedName", JsonPrimitive(collectionQualifiedName))
            .attribute("parentQualifiedName", JsonPrimitive(parentQualifiedName))
            .attribute("parent", reference(parent))
    }
}
