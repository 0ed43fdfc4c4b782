package dev.katalog.client.export

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanCalls.Companion.pathSegment
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.typedef.TypeDef
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive

/**
 * The assets of a connection whose type the model does not know (a newer tenant's type, a custom entity type),
 * written through the trees' escape hatch, `asset("Type", "name") { attribute("…", …) }`, inside the connection,
 * database or schema their qualifiedName names as parent, with a comment saying so. Their own attributes are those the
 * type definition gives the type and its unknown super types. Such assets are few, so they are read at once.
 */
internal class OtherTypeExport private constructor(private val byParent: Map<String, List<Pair<String, List<String>>>>) {
    /** How many assets this export declares. */
    val assets: Long get() = byParent.values.sumOf { it.size.toLong() }

    /** The blocks of the assets whose parent is [parentQualifiedName], sorted by type and name. */
    fun writeUnder(parentQualifiedName: String?, text: DefinitionText) {
        for ((head, lines) in byParent[parentQualifiedName].orEmpty()) {
            text.block(head) { lines.forEach { line(it) } }
        }
    }

    companion object {
        /**
         * Reads the connection's assets of unknown types. Those whose parent is not one of [containers] (qualifiedNames of the
         * exported connection, databases and schemas), and attribute values a literal cannot carry, go to [notExported].
         */
        suspend fun read(
            calls: AtlanCalls, search: SearchApi, curation: ExportCuration, connectionQualifiedName: String, containers: Set<String>,
            notExported: MutableList<String>,
        ): OtherTypeExport {
            val typeNames = search.stream(
                FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQualifiedName)
                    .whereNot(Asset.TYPE_NAME within AtlanTypes.all.map { it.typeName }).include(Asset.NAME).toRequest(),
            ).toList().map { it.typeName }.distinct().sorted()
            val byParent = HashMap<String, ArrayList<Pair<String, List<String>>>>()
            for (typeName in typeNames) {
                val own = ownAttributes(calls, typeName)
                val read = search.stream(
                    FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQualifiedName).where(Asset.TYPE_NAME eq typeName)
                        .include(*(AssetLines.READ + curation.reads + own).distinct().toTypedArray()).toRequest(),
                ).toList().sortedWith(compareBy({ it.name }, { it.qualifiedName }))
                curation.prepare(read)
                for (asset in read) {
                    val qualifiedName = asset.qualifiedName!!
                    val label = "$typeName ${KotlinLiterals.string(asset.name ?: "")} ($qualifiedName)"
                    val parent = qualifiedName.substringBeforeLast('/')
                    if (parent !in containers || qualifiedName != "$parent/${asset.name}") {
                        notExported += "$label: its qualifiedName is not <connection, database or schema>/<name>, as a tree makes it"
                        continue
                    }
                    val lines = ArrayList<String>()
                    lines += "// $typeName is a type Katalog's model does not know: declared by type name, its own attributes by name"
                    lines += AssetLines.of(NodeKind.OTHER, asset, calls.names, curation)
                    for (attribute in own) {
                        val value = asset.attributes[attribute] ?: continue
                        val literal = literal(value)
                        when {
                            literal == null -> notExported += "$label: attribute \"$attribute\" holds a map or struct, which a tree sets only as JSON; set it after applying"
                            literal.isNotEmpty() -> lines += "attribute(${KotlinLiterals.string(attribute)}, $literal)"
                        }
                    }
                    val head = "asset(${KotlinLiterals.string(typeName)}, ${KotlinLiterals.string(asset.name!!)})"
                    byParent.getOrPut(parent) { ArrayList() } += head to lines
                }
            }
            return OtherTypeExport(byParent)
        }

        /**
         * The attributes [typeName]'s definition and those of its super types the model does not know either declare:
         * what the model's types (`Asset`, `Catalog`…) have comes with [AssetLines], relationships are never exported.
         */
        private suspend fun ownAttributes(calls: AtlanCalls, typeName: String): List<String> {
            val out = LinkedHashSet<String>()
            val pending = ArrayDeque(listOf(typeName))
            val seen = HashSet<String>()
            while (pending.isNotEmpty()) {
                val name = pending.removeFirst()
                if (!seen.add(name) || AtlanTypes.forName(name) != null) continue
                val def = calls.decode(TypeDef.serializer(), calls.call(HttpMethod.Get, "/api/meta/types/typedef/name/${pathSegment(name)}"))
                def.attributeDefs.orEmpty().mapNotNullTo(out) { it.name }
                pending += def.superTypes.orEmpty()
            }
            return out.toList()
        }

        /** [value] as a Kotlin literal for `attribute(…)`: "" when unset or empty, null when it is a map or struct. */
        private fun literal(value: JsonElement): String? = when (value) {
            JsonNull -> ""
            is JsonPrimitive -> if (value.isString && value.content.isEmpty()) "" else primitive(value)
            is JsonArray -> if (value.isEmpty()) "" else value.map { (it as? JsonPrimitive)?.takeIf { p -> p != JsonNull }?.let(::primitive) ?: return null }
                .joinToString(", ", "listOf(", ")")
            else -> null
        }

        private fun primitive(value: JsonPrimitive): String = when {
            value.isString -> KotlinLiterals.string(value.content)
            value.content == "true" || value.content == "false" -> value.content
            value.content.any { it == '.' || it == 'e' || it == 'E' } -> value.content
            // A whole number past Int's range needs Kotlin's Long suffix to compile.
            value.content.toIntOrNull() == null -> "${value.content}L"
            else -> value.content
        }
    }
}
