package dev.katalog.generator

import dev.katalog.model.atlan.typedef.IndexFieldRule
import dev.katalog.model.atlan.typedef.InternalFields
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse

/** Renders the model's generated sources from type definitions: relative path → file content. */
internal class ModelGenerator(typeDefs: TypeDefResponse) {
    private val model = TypeModel(typeDefs)
    private val types = KotlinTypes(model)
    private val handles = SearchHandles(IndexFieldRule(typeDefs))

    fun generate(): Map<String, String> {
        val files = sortedMapOf<String, String>()
        for (type in model.entityOrder) files["$ASSET_DIR/${typeName(type)}.kt"] = entityFile(type)
        files["$ASSET_DIR/GeneratedAssetTypes.kt"] = registryFile()
        for (enum in model.enums.values) files["$ENUM_DIR/${typeName(enum.name!!)}.kt"] = enumFile(enum)
        for (struct in model.structs.values) files["$STRUCT_DIR/${typeName(struct.name!!)}.kt"] = structFile(struct)
        return files
    }

    /** A property of a type's interface: its Kotlin name, type and how it reads. */
    private data class Property(val name: String, val accessor: Accessor, val member: TypeModel.Member)

    private fun property(member: TypeModel.Member): Property =
        Property(propertyName(member.def.name), types.accessor(member.def.name, member.def.typeName, member.isRelationship), member)

    private fun entityFile(type: String): String {
        val name = typeName(type)
        val def = model.entities.getValue(type)
        val supers = model.superTypes(type).map(::typeName).ifEmpty { listOf("Entity") }
        val inherited = model.superTypes(type).flatMap { model.allMembers(it).keys }.toSet()
        val own = model.ownMembers(type).filter { it.def.name !in inherited }.map(::property)
        val conflicts = diamondConflicts(type)
        checkNames(type, own)

        val imports = sortedSetOf("kotlinx.serialization.json.JsonObject")
        val body = StringBuilder()
        for (p in own) {
            imports += p.accessor.imports
            body.append(kdoc(p.member.def.description, "    "))
            body.append("    public val ${p.name}: ${p.accessor.type} get() = ${p.accessor.read}\n\n")
        }
        for ((p, via) in conflicts) {
            imports += p.accessor.imports
            body.append("    override val ${p.name}: ${p.accessor.type} get() = super<$via>.${p.name}\n\n")
        }
        val setterSupers = model.superTypes(type).map { "${typeName(it)}.Setters<B>" }.ifEmpty { listOf("EntitySetters<B>") }
        val setters = StringBuilder()
        for (p in own) {
            setters.append(kdoc(p.member.def.description?.let { "Sets: $it" } ?: "Sets ${p.member.def.name}.", "        "))
            setters.append("        public fun ${p.name}(value: ${p.accessor.type}): B = attribute(${literal(p.member.def.name)}, ${p.accessor.write})\n\n")
        }
        for ((p, via) in conflicts) {
            setters.append("        override fun ${p.name}(value: ${p.accessor.type}): B = super<$via.Setters>.${p.name}(value)\n\n")
        }
        val hasName = "name" in model.allMembers(type)
        val companionHandles = companionHandles(type)
        companionHandles.forEach { imports += "dev.katalog.model.atlan.field.${it.className}" }

        val serializable = if (type == "Asset") "@Serializable(with = AssetSerializer::class)\n" else ""
        if (serializable.isNotEmpty()) imports += "kotlinx.serialization.Serializable"
        return buildString {
            append(HEADER)
            append("package $ASSET_PACKAGE\n\n")
            imports.forEach { append("import $it\n") }
            append('\n')
            append(kdoc(def.description ?: "The Atlan entity type $type.", ""))
            append(serializable)
            append("public interface $name : ${supers.joinToString(", ")} {\n")
            append(body)
            append("    /** Typed setters of the attributes $type declares, returning the builder [B]. */\n")
            append("    public interface Setters<B> : ${setterSupers.joinToString(", ")} {\n")
            append(setters.toString().trimEnd('\n')).append(if (setters.isEmpty()) "" else "\n")
            append("    }\n\n")
            append("    /** Builds a $type: start from [creator]${if (hasName) ", [updater]" else ""} or [builder]. */\n")
            append("    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<$name, Builder>($name.Companion, from), Setters<Builder> {\n")
            append("        override fun self(): Builder = this\n    }\n\n")
            append("    /** The $type type: its name, super types, builders and search fields. */\n")
            append("    public companion object : AssetType<$name>(${literal(type)}, listOf(${model.superTypes(type).joinToString(", ") { literal(it) }}), $name::class.java) {\n")
            append("        override fun wrap(json: JsonObject): $name = ${name}Impl(json)\n\n")
            append("        /** This type, for Java callers: `$name.TYPE`. */\n")
            append("        @JvmField\n        public val TYPE: AssetType<$name> = this\n\n")
            append("        /** A reference to the $type with [qualifiedName], to link assets: `$name.refByQualifiedName(\"…\")`. */\n")
            append("        @JvmStatic\n        public fun refByQualifiedName(qualifiedName: String): $name = referenceByQualifiedName(qualifiedName)\n\n")
            append("        /** A reference to the $type with [guid] (real, or a placeholder of the same save). */\n")
            append("        @JvmStatic\n        public fun refByGuid(guid: String): $name = referenceByGuid(guid)\n\n")
            append("        /** A builder for a new $type with only its type and a placeholder GUID set. */\n")
            append("        @JvmStatic\n        public fun builder(): Builder = Builder(null)\n\n")
            if (hasName) {
                append("        /** A builder that updates the $type [qualifiedName] named [name]: only what is set changes. */\n")
                append("        @JvmStatic\n        public fun updater(qualifiedName: String, name: String): Builder = Builder(null).qualifiedName(qualifiedName).name(name)\n\n")
            }
            append("        /** A builder starting from [existing], everything it has kept. */\n")
            append("        @JvmStatic\n        public fun updater(existing: $name): Builder = Builder(existing.json)\n\n")
            append("        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */\n")
            append("        @JvmStatic\n        public fun trimToRequired(existing: $name): Builder = Builder(AssetCreators.requiredOf(existing))\n")
            creators[type]?.let { append('\n').append(it) }
            for (h in companionHandles) append("\n        @JvmField\n        public val ${h.constant}: ${h.className} = ${h.construction}\n")
            append("    }\n}\n\n")
            append("internal class ${name}Impl(json: JsonObject) : EntityImpl(json), $name\n")
        }
    }

    /** Handles for every member of [type] and for the internal fields its lineage carries. */
    private fun companionHandles(type: String): List<Handle> {
        val byConstant = LinkedHashMap<String, Handle>()
        val lineage = model.lineage(type)
        for (internal in InternalFields.handles.filter { it.ownerType == "Referenceable" && it.ownerType in lineage }) {
            handles.forInternal(internal).let { byConstant[it.constant] = it }
        }
        val fromMembers = HashMap<String, String>()
        for (member in model.allMembers(type).values) {
            val h = handles.forMember(member)
            val other = fromMembers.put(h.constant, member.def.name)
            check(other == null) { "$type: attributes $other and ${member.def.name} both become ${h.constant}" }
            // An internal handle of the same name (STATUS, GUID…) is the one the index answers to.
            byConstant.putIfAbsent(h.constant, h)
        }
        // Internal fields specific to a type (a term's anchor is searched through __glossary) replace the member's handle.
        for (internal in InternalFields.handles.filter { it.ownerType != "Referenceable" && it.ownerType in lineage }) {
            handles.forInternal(internal).let { byConstant[it.constant] = it }
        }
        return byConstant.values.toList()
    }

    /**
     * Properties [type] inherits from two different declarations through different super types:
     * Kotlin needs an explicit override, which delegates to the first super type that has it.
     */
    private fun diamondConflicts(type: String): List<Pair<Property, String>> {
        val supers = model.superTypes(type)
        if (supers.size < 2) return emptyList()
        val declarations = HashMap<String, MutableSet<String>>()
        val firstVia = HashMap<String, Pair<TypeModel.Member, String>>()
        for (s in supers) for ((name, member) in model.allMembers(s)) {
            declarations.getOrPut(name) { linkedSetOf() } += member.declaredBy
            firstVia.putIfAbsent(name, member to s)
        }
        val own = model.ownMembers(type).map { it.def.name }.toSet()
        return declarations.filter { it.value.size > 1 && it.key !in own }.keys.sorted().map { name ->
            val (member, via) = firstVia.getValue(name)
            val p = property(member)
            val types = declarations.getValue(name).map { d -> property(model.allMembers(d).getValue(name)).accessor.type }.toSet()
            check(types.size == 1) { "$type inherits $name with different types $types" }
            p to typeName(via)
        }
    }

    private fun checkNames(type: String, own: List<Property>) {
        val clash = own.map { it.name }.filter { it in ENTITY_MEMBERS || it in BUILDER_MEMBERS }
        check(clash.isEmpty()) { "$type has attributes $clash that clash with Entity's own properties: add a rename" }
    }

    private fun registryFile(): String = buildString {
        append(HEADER)
        append("package $ASSET_PACKAGE\n\n")
        append("/** Every entity type generated from the type definitions, super types first. */\n")
        append("internal val generatedAssetTypes: List<AssetType<*>> = listOf(\n")
        for (type in model.entityOrder) append("    ${typeName(type)}.Companion,\n")
        append(")\n")
    }

    private fun enumFile(def: TypeDef): String {
        val name = typeName(def.name!!)
        return buildString {
            append(HEADER)
            append("package $ENUM_PACKAGE\n\nimport kotlinx.serialization.SerialName\nimport kotlinx.serialization.Serializable\n\n")
            append(kdoc(def.description ?: "The Atlan enum ${def.name}.", ""))
            append("@Serializable\npublic enum class $name {\n")
            val used = HashSet<String>()
            for (element in def.elementDefs.orEmpty()) {
                var entry = enumEntryName(element.value)
                while (!used.add(entry)) entry += "_"
                append(kdoc(element.description, "    "))
                append("    @SerialName(${literal(element.value)})\n    $entry,\n")
            }
            append("}\n")
        }
    }

    private fun structFile(def: TypeDef): String {
        val name = typeName(def.name!!)
        val props = def.attributeDefs.orEmpty().map { it to types.accessor(it.name, it.typeName, false) }
        return buildString {
            append(HEADER)
            append("package $STRUCT_PACKAGE\n\n")
            val imports = sortedSetOf(
                "dev.katalog.model.json.Lossless", "dev.katalog.model.json.LosslessSerializer",
                "kotlinx.serialization.KeepGeneratedSerializer", "kotlinx.serialization.SerialName", "kotlinx.serialization.Serializable",
                "kotlinx.serialization.Transient", "kotlinx.serialization.json.JsonObject",
            )
            props.forEach { imports += it.second.imports }
            imports.forEach { append("import $it\n") }
            append('\n')
            append(kdoc(def.description ?: "The Atlan struct ${def.name}.", ""))
            append("@KeepGeneratedSerializer\n@Serializable(with = $name.Serializer::class)\npublic data class $name(\n")
            for ((attr, accessor) in props) {
                append(kdoc(attr.description, "    "))
                append("    @SerialName(${literal(attr.name)}) val ${propertyName(attr.name)}: ${accessor.type} = null,\n")
            }
            append("    @Transient override val extras: JsonObject = JsonObject(emptyMap()),\n")
            append(") : Lossless {\n")
            append("    internal object Serializer : LosslessSerializer<$name>(generatedSerializer()) {\n")
            append("        override fun withExtras(value: $name, extras: JsonObject): $name = value.copy(extras = extras)\n")
            append("    }\n}\n")
        }
    }

    /** Creator functions of the asset kinds with qualifiedName conventions (see AssetCreators). */
    private val creators: Map<String, String> = buildMap {
        fun creator(doc: String, params: String, call: String) =
            "        /** $doc */\n        @JvmStatic\n        public fun creator($params): Builder = AssetCreators.$call\n"
        put(
            "Connection",
            creator("A new connection named [name] for [connectorName]; its qualifiedName is `default/<connector>/<epoch seconds>`.",
                "name: String, connectorName: String", "connection(Builder(null), name, connectorName, \"default/\$connectorName/\${java.time.Instant.now().epochSecond}\")") +
                "\n" + creator("A new connection with a given [qualifiedName] (`default/<connector>/<epoch seconds>`).",
                "name: String, connectorName: String, qualifiedName: String", "connection(Builder(null), name, connectorName, qualifiedName)"),
        )
        put("Database", creator("A new database [name] in the connection [connectionQualifiedName].", "name: String, connectionQualifiedName: String", "database(Builder(null), name, connectionQualifiedName)"))
        put("Schema", creator("A new schema [name] in the database [databaseQualifiedName].", "name: String, databaseQualifiedName: String", "schema(Builder(null), name, databaseQualifiedName)"))
        for (t in listOf("Table", "View", "MaterialisedView")) {
            put(t, creator("A new ${t.lowercase()} [name] in the schema [schemaQualifiedName].", "name: String, schemaQualifiedName: String", "tableLike(Builder(null), name, schemaQualifiedName)"))
        }
        put("Column", creator("A new column [name] at position [order] (1-based) of the table, view or materialised view [parentQualifiedName].",
            "name: String, parentType: AssetType<*>, parentQualifiedName: String, order: Int", "column(Builder(null), name, parentType, parentQualifiedName, order)"))
        put("AtlasGlossary", creator("A new glossary [name]; the server assigns its qualifiedName.", "name: String", "glossary(Builder(null), name)"))
        for (t in listOf("AtlasGlossaryTerm", "AtlasGlossaryCategory")) {
            put(t, creator("A new ${if (t.endsWith("Term")) "term" else "category"} [name] in [glossary] (a saved glossary, a placeholder, or `AtlasGlossary.ref(qualifiedName)`).",
                "name: String, glossary: AtlasGlossary", "glossaryMember(Builder(null), name, glossary)"))
        }
    }

    internal companion object {
        const val ASSET_PACKAGE = "dev.katalog.model.atlan.asset"
        const val ENUM_PACKAGE = "dev.katalog.model.atlan.enums"
        const val STRUCT_PACKAGE = "dev.katalog.model.atlan.structs"
        val ASSET_DIR = ASSET_PACKAGE.replace('.', '/')
        val ENUM_DIR = ENUM_PACKAGE.replace('.', '/')
        val STRUCT_DIR = STRUCT_PACKAGE.replace('.', '/')
        const val HEADER = "// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.\n"

        /** Properties of [dev.katalog.model.atlan.asset.Entity] a generated attribute must not shadow. */
        val ENTITY_MEMBERS = setOf(
            "json", "typeName", "guid", "status", "attributes", "relationshipAttributes", "atlanTags", "atlanTagNames",
            "termAssignments", "meaningNames", "labels", "businessAttributes", "createdBy", "updatedBy", "createTime",
            "updateTime", "version", "isIncomplete", "displayText",
        )

        /** Members of [dev.katalog.model.atlan.asset.EntityBuilder] a generated setter must not shadow. */
        val BUILDER_MEMBERS = setOf("attribute", "guid", "status", "atlanTagNames", "field", "attributeValue", "build", "self")
    }
}
