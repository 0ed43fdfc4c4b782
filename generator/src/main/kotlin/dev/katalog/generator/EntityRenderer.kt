package dev.katalog.generator

import com.squareup.kotlinpoet.AnnotationSpec
import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.CodeBlock
import com.squareup.kotlinpoet.FileSpec
import com.squareup.kotlinpoet.FunSpec
import com.squareup.kotlinpoet.KModifier
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.PropertySpec
import com.squareup.kotlinpoet.STRING
import com.squareup.kotlinpoet.TypeSpec
import com.squareup.kotlinpoet.TypeVariableName
import dev.katalog.model.atlan.typedef.InternalFields
import dev.katalog.generator.AtlanNames as N

/**
 * Renders one Atlan entity type as a Kotlin interface: a typed property per attribute, its `Setters<B>`
 * (a fluent setter and an assignable property per attribute), its `Builder`, and a companion that is its
 * `AssetType` with builders, references and search-field handles.
 */
internal class EntityRenderer(private val model: TypeModel, private val types: KotlinTypes, private val handles: SearchHandles) {

    /** An attribute as a generated member: its Kotlin name, how it reads and writes, and its definition. */
    private data class Property(val name: String, val accessor: Accessor, val member: TypeModel.Member)

    private fun property(member: TypeModel.Member): Property =
        Property(propertyName(member.def.name), types.accessor(member.def.name, member.def.typeName, member.isRelationship), member)

    fun render(type: String): FileSpec {
        val name = typeName(type)
        val className = ClassName(ASSET_PACKAGE, name)
        val def = model.entities.getValue(type)
        val inherited = model.superTypes(type).flatMap { model.allMembers(it).keys }.toSet()
        val own = model.ownMembers(type).filter { it.def.name !in inherited }.map(::property)
        val conflicts = diamondConflicts(type)
        checkNames(type, own)
        checkJvmNames(type)

        val entity = TypeSpec.interfaceBuilder(className).addModifiers(KModifier.PUBLIC)
            .addKdoc("%L", kdocText(def.description) ?: "The Atlan entity type $type.")
        if (type == "Asset") entity.addAnnotation(AnnotationSpec.builder(N.SERIALIZABLE).addMember("with = %T::class", N.ASSET_SERIALIZER).build())
        val supers = model.superTypes(type).map { ClassName(ASSET_PACKAGE, typeName(it)) }.ifEmpty { listOf(N.ENTITY) }
        supers.forEach { entity.addSuperinterface(it) }
        for (p in own) {
            entity.addProperty(
                PropertySpec.builder(p.name, p.accessor.type).addModifiers(KModifier.PUBLIC)
                    .apply { kdocText(p.member.def.description)?.let { addKdoc("%L", it) } }
                    .getter(FunSpec.getterBuilder().addStatement("return %L", p.accessor.read).build())
                    .build(),
            )
        }
        for ((p, via) in conflicts) {
            entity.addProperty(
                PropertySpec.builder(p.name, p.accessor.type).addModifiers(KModifier.OVERRIDE)
                    .getter(FunSpec.getterBuilder().addStatement("return super<%T>.%N", via, p.name).build())
                    .build(),
            )
        }
        entity.addType(setters(type, className, own, conflicts))
        entity.addType(relations(type, own, conflicts))
        entity.addType(builder(type, className))
        if (type in model.extendedTypes) entity.addType(fields(type))
        entity.addType(companion(type, className))
        return FileSpec.builder(className).addFileComment("%L", GENERATED_HEADER).indent("    ")
            .addType(entity.build())
            .addType(
                TypeSpec.classBuilder("${name}Impl").addModifiers(KModifier.INTERNAL)
                    .primaryConstructor(FunSpec.constructorBuilder().addParameter("json", N.JSON_OBJECT).build())
                    .superclass(N.ENTITY_IMPL).addSuperclassConstructorParameter("json")
                    .addSuperinterface(className)
                    .build(),
            )
            .build()
    }

    private fun setters(type: String, className: ClassName, own: List<Property>, conflicts: List<Pair<Property, ClassName>>): TypeSpec {
        val b = TypeVariableName("B")
        val setters = TypeSpec.interfaceBuilder("Setters").addModifiers(KModifier.PUBLIC).addTypeVariable(b)
            .addKdoc("Typed setters of the attributes %L declares, returning the builder [B].", type)
        model.superTypes(type).map { ClassName(ASSET_PACKAGE, typeName(it)).nestedClass("Setters").parameterizedBy(b) }
            .ifEmpty { listOf(N.ENTITY_SETTERS.parameterizedBy(b)) }
            .forEach { setters.addSuperinterface(it) }
        for (p in own) {
            setters.addFunction(
                FunSpec.builder(p.name).addModifiers(KModifier.PUBLIC)
                    .addKdoc("%L", kdocText(p.member.def.description)?.let { "Sets: $it" } ?: "Sets ${p.member.def.name}.")
                    .addParameter("value", p.accessor.type).returns(b)
                    .addStatement("return attribute(%S, %L)", p.member.def.name, p.accessor.write)
                    .build(),
            )
        }
        for (p in own) {
            // Assignable in a builder scope: `rowCount = 5` is `rowCount(5)`; reading gives what is set so far.
            setters.addProperty(
                PropertySpec.builder(p.name, p.accessor.type).addModifiers(KModifier.PUBLIC).mutable()
                    .addKdoc(
                        "%L",
                        "The ${p.member.def.name} set on this builder so far (null when unset): assigning it is calling [${p.name}].",
                    )
                    .getter(FunSpec.getterBuilder().addStatement("return %M(%S).%L", N.ATTRIBUTE_VIEW, p.member.def.name, p.accessor.read).build())
                    .setter(FunSpec.setterBuilder().addParameter("value", p.accessor.type).addStatement("%N(value)", p.name).build())
                    .build(),
            )
        }
        for ((p, via) in conflicts) {
            val viaSetters = via.nestedClass("Setters")
            setters.addFunction(
                FunSpec.builder(p.name).addModifiers(KModifier.OVERRIDE).addParameter("value", p.accessor.type).returns(b)
                    .addStatement("return super<%T>.%N(value)", viaSetters, p.name).build(),
            )
            setters.addProperty(
                PropertySpec.builder(p.name, p.accessor.type).addModifiers(KModifier.OVERRIDE).mutable()
                    .getter(FunSpec.getterBuilder().addStatement("return super<%T>.%N", viaSetters, p.name).build())
                    .setter(FunSpec.setterBuilder().addParameter("value", p.accessor.type).addStatement("super<%T>.%N = value", viaSetters, p.name).build())
                    .build(),
            )
        }
        return setters.build()
    }

    /**
     * `appendColumns(columns)` / `removeColumns(columns)` for each to-many relationship [type] declares: the
     * related assets are added or taken away on save, keeping the others (`appendRelationshipAttributes`).
     */
    private fun relations(type: String, own: List<Property>, conflicts: List<Pair<Property, ClassName>>): TypeSpec {
        val b = TypeVariableName("B")
        val relations = TypeSpec.interfaceBuilder("Relations").addModifiers(KModifier.PUBLIC).addTypeVariable(b)
            .addKdoc("Typed additions and removals of the assets a %L relates to, keeping the others; each returns the builder [B].", type)
        model.superTypes(type).map { ClassName(ASSET_PACKAGE, typeName(it)).nestedClass("Relations").parameterizedBy(b) }
            .ifEmpty { listOf(N.ENTITY_RELATIONS.parameterizedBy(b)) }
            .forEach { relations.addSuperinterface(it) }
        for (p in own.filter(::isToMany)) {
            val (append, remove) = relationFunctions(p.name)
            val related = p.accessor.type.copy(nullable = false)
            relations.addFunction(
                FunSpec.builder(append).addModifiers(KModifier.PUBLIC)
                    .addKdoc("Adds [related] to %L, keeping those already there (saved as `appendRelationshipAttributes`).", p.member.def.name)
                    .addParameter("related", related).returns(b)
                    .addStatement("return appendRelated(%S, related)", p.member.def.name).build(),
            )
            relations.addFunction(
                FunSpec.builder(remove).addModifiers(KModifier.PUBLIC)
                    .addKdoc("Takes [related] out of %L, keeping the others (saved as `removeRelationshipAttributes`).", p.member.def.name)
                    .addParameter("related", related).returns(b)
                    .addStatement("return removeRelated(%S, related)", p.member.def.name).build(),
            )
        }
        for ((p, via) in conflicts.filter { isToMany(it.first) }) {
            val viaRelations = via.nestedClass("Relations")
            for (name in relationFunctions(p.name).toList()) {
                relations.addFunction(
                    FunSpec.builder(name).addModifiers(KModifier.OVERRIDE).addParameter("related", p.accessor.type.copy(nullable = false)).returns(b)
                        .addStatement("return super<%T>.%N(related)", viaRelations, name).build(),
                )
            }
        }
        return relations.build()
    }

    /** A relationship to many assets of a modelled type: its accessor is a list of entities. */
    private fun isToMany(p: Property): Boolean {
        val type = p.accessor.type as? com.squareup.kotlinpoet.ParameterizedTypeName ?: return false
        return type.rawType == com.squareup.kotlinpoet.LIST && (type.typeArguments.single() as? ClassName)?.packageName == ASSET_PACKAGE
    }

    private fun relationFunctions(property: String): Pair<String, String> {
        val capitalized = property.replaceFirstChar(Char::uppercaseChar)
        return "append$capitalized" to "remove$capitalized"
    }

    private fun builder(type: String, className: ClassName): TypeSpec {
        val builderName = className.nestedClass("Builder")
        val startingPoints = listOfNotNull("[creator]".takeIf { Creators.has(type) }, "[updater]", "[builder]")
        return TypeSpec.classBuilder(builderName).addModifiers(KModifier.PUBLIC)
            .addKdoc("Builds a %L: start from %L.", type, startingPoints.dropLast(1).joinToString(", ") + " or " + startingPoints.last())
            .primaryConstructor(FunSpec.constructorBuilder().addModifiers(KModifier.INTERNAL).addParameter("from", N.JSON_OBJECT.copy(nullable = true)).build())
            .superclass(N.ENTITY_BUILDER.parameterizedBy(className, builderName))
            .addSuperclassConstructorParameter("%T.Companion, from", className)
            .addSuperinterface(className.nestedClass("Setters").parameterizedBy(builderName))
            .addSuperinterface(className.nestedClass("Relations").parameterizedBy(builderName))
            .addFunction(FunSpec.builder("self").addModifiers(KModifier.OVERRIDE).returns(builderName).addStatement("return this").build())
            .build()
    }

    /**
     * The class every handle of [type] is inherited from by the companions of the types that extend it first:
     * the handles [type] adds, on top of those of its own first super type's `Fields`. So a handle is declared once
     * per type that adds it (and once more, static, on that type's companion, whose instance both share), not once
     * per type that has it.
     */
    private fun fields(type: String): TypeSpec {
        val e = TypeVariableName("E", N.ENTITY)
        val fields = TypeSpec.classBuilder("Fields").addModifiers(KModifier.PUBLIC, KModifier.ABSTRACT).addTypeVariable(e)
            .addKdoc("The search fields of %L and its super types, which the companions of the types extending %L inherit.", type, type)
            .primaryConstructor(
                FunSpec.constructorBuilder().addModifiers(KModifier.INTERNAL)
                    .addParameter("typeName", STRING)
                    .addParameter("superTypeNames", com.squareup.kotlinpoet.LIST.parameterizedBy(STRING))
                    .addParameter("javaType", ClassName("java.lang", "Class").parameterizedBy(e))
                    .build(),
            )
            .superclass(handleParent(type, e))
            .addSuperclassConstructorParameter("typeName").addSuperclassConstructorParameter("superTypeNames").addSuperclassConstructorParameter("javaType")
        // Every companion extending these Fields holds them: each points at the one handle [type]'s own companion
        // builds, so a handle exists once, not once per type that inherits it (463 companions would hold ~112,000).
        val owner = ClassName(ASSET_PACKAGE, typeName(type))
        for (h in addedHandles(type).filter { it.constant !in redeclaredConstants }) {
            fields.addProperty(
                PropertySpec.builder(h.constant, h.className).addModifiers(KModifier.PUBLIC).addAnnotation(JvmField::class)
                    .initializer("%T.%N", owner, h.constant).build(),
            )
        }
        return fields.build()
    }

    /** What the handles of [type] extend: its first super type's `Fields`, or `AssetType` at a root. */
    private fun handleParent(type: String, of: com.squareup.kotlinpoet.TypeName): com.squareup.kotlinpoet.TypeName =
        model.superTypes(type).firstOrNull()?.let { ClassName(ASSET_PACKAGE, typeName(it)).nestedClass("Fields").parameterizedBy(of) }
            ?: N.ASSET_TYPE.parameterizedBy(of)

    private val handlesByType = HashMap<String, Map<String, Handle>>()

    /** Every handle [type] answers to, by constant: `Table.NAME`, `Table.ROW_COUNT`… */
    private fun visibleHandles(type: String): Map<String, Handle> = handlesByType.getOrPut(type) { companionHandles(type).associateBy { it.constant } }

    /**
     * Constants a type answers to with another handle than its first super type does (a relationship redeclaring an
     * inherited plain attribute, as `ColumnProcess.inputs` does `Process.inputs`): never inherited, each companion
     * that has one declares its own, so Kotlin and Java see the same handle on every type.
     */
    private val redeclaredConstants: Set<String> by lazy {
        model.entityOrder.flatMapTo(HashSet()) { type ->
            val inherited = model.superTypes(type).firstOrNull()?.let(::visibleHandles).orEmpty()
            visibleHandles(type).values.filter { h -> inherited[h.constant]?.let { it.toString() != h.toString() } == true }.map { it.constant }
        }
    }

    /**
     * The handles [type]'s companion declares: those its first super type does not have, and the redeclared ones. It
     * inherits the rest through [handleParent]; Java sees them as static fields of the super interfaces.
     */
    private fun addedHandles(type: String): List<Handle> {
        val inherited = model.superTypes(type).firstOrNull()?.let(::visibleHandles).orEmpty()
        return visibleHandles(type).values.filter { it.constant !in inherited || it.constant in redeclaredConstants }
    }

    private fun companion(type: String, className: ClassName): TypeSpec {
        val builderName = className.nestedClass("Builder")
        val assetType = N.ASSET_TYPE.parameterizedBy(className)
        val companion = TypeSpec.companionObjectBuilder().addModifiers(KModifier.PUBLIC)
            .addKdoc("The %L type: its name, super types, attributes, builders and search fields.", type)
            .superclass(handleParent(type, className))
            .addSuperclassConstructorParameter("%S", type)
            .addSuperclassConstructorParameter("listOf(" + model.superTypes(type).joinToString(", ") { "%S" } + ")", *model.superTypes(type).toTypedArray())
            .addSuperclassConstructorParameter("%T::class.java", className)
        companion.addFunction(
            FunSpec.builder("wrap").addModifiers(KModifier.OVERRIDE).addParameter("json", N.JSON_OBJECT).returns(className)
                .addStatement("return %N(json)", "${className.simpleName}Impl").build(),
        )
        companion.addFunction(
            FunSpec.builder("declaredAttributeTypes").addModifiers(KModifier.OVERRIDE)
                .returns(com.squareup.kotlinpoet.MAP.parameterizedBy(STRING, STRING))
                .addStatement("return %L", declaredAttributeTypes(type)).build(),
        )
        companion.addProperty(
            PropertySpec.builder("TYPE", assetType).addModifiers(KModifier.PUBLIC).addAnnotation(JvmField::class)
                .addKdoc("This type, for Java callers: `%L.TYPE`.", className.simpleName).initializer("this").build(),
        )
        fun static(name: String, doc: String) = FunSpec.builder(name).addModifiers(KModifier.PUBLIC).addAnnotation(JvmStatic::class).addKdoc("%L", doc)
        companion.addFunction(
            static("refByQualifiedName", "A reference to the $type with [qualifiedName], to link assets: `${className.simpleName}.refByQualifiedName(\"…\")`.")
                .addParameter("qualifiedName", STRING).returns(className).addStatement("return referenceByQualifiedName(qualifiedName)").build(),
        )
        companion.addFunction(
            static("refByGuid", "A reference to the $type with [guid] (real, or a placeholder of the same save).")
                .addParameter("guid", STRING).returns(className).addStatement("return referenceByGuid(guid)").build(),
        )
        companion.addFunction(
            static("builder", "A builder for a new $type with only its type and a placeholder GUID set.")
                .returns(builderName).addStatement("return Builder(null)").build(),
        )
        if ("name" in model.allMembers(type)) {
            companion.addFunction(
                static("updater", "A builder that updates the $type [qualifiedName] named [name]: only what is set changes.")
                    .addParameter("qualifiedName", STRING).addParameter("name", STRING).returns(builderName)
                    .addStatement("return Builder(null).qualifiedName(qualifiedName).name(name)").build(),
            )
        }
        companion.addFunction(
            static("updater", "A builder starting from [existing], everything it has kept.")
                .addParameter("existing", className).returns(builderName).addStatement("return Builder(existing.json)").build(),
        )
        companion.addFunction(
            static("trimToRequired", "A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor).")
                .addParameter("existing", className).returns(builderName)
                .addStatement("return Builder(%T.requiredOf(existing))", N.ASSET_CREATORS).build(),
        )
        Creators.of(type, builderName).forEach(companion::addFunction)
        for (h in addedHandles(type)) {
            companion.addProperty(
                PropertySpec.builder(h.constant, h.className).addModifiers(KModifier.PUBLIC).addAnnotation(JvmField::class)
                    .initializer(h.construction).build(),
            )
        }
        return companion.build()
    }

    /** `mapOf("rowCount" to "long", …)`: the attributes [type] declares itself, with their Atlan type names. */
    private fun declaredAttributeTypes(type: String): CodeBlock {
        val members = model.ownMembers(type)
        if (members.isEmpty()) return CodeBlock.of("emptyMap()")
        return CodeBlock.builder().add("mapOf(\n").indent()
            .apply { members.forEach { add("%S to %S,\n", it.def.name, it.def.typeName) } }
            .unindent().add(")").build()
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
    private fun diamondConflicts(type: String): List<Pair<Property, ClassName>> {
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
            val types = declarations.getValue(name).map { d -> property(model.allMembers(d).getValue(name)).accessor.type }.toSet()
            check(types.size == 1) { "$type inherits $name with different types $types" }
            property(member) to ClassName(ASSET_PACKAGE, typeName(via))
        }
    }

    private fun checkNames(type: String, own: List<Property>) {
        val clash = own.map { it.name }.filter { it in ENTITY_MEMBERS || it in BUILDER_MEMBERS }
        check(clash.isEmpty()) { "$type has attributes $clash that clash with Entity's own properties: add a rename" }
    }

    /**
     * The JVM methods a type's builder gets from its attributes (fluent `rowCount(Long)`, `getRowCount()`,
     * `setRowCount(Long)`; `isTemporary()` and `setTemporary(Boolean)` for `is` names) must all differ, or Java
     * callers could not tell them apart.
     */
    private fun checkJvmNames(type: String) {
        val seen = HashMap<String, String>()
        for (member in model.allMembers(type).values) {
            val name = propertyName(member.def.name)
            val isName = name.length > 2 && name.startsWith("is") && name[2].isUpperCase()
            val capitalized = name.replaceFirstChar(Char::uppercaseChar)
            val getter = if (isName) name else "get$capitalized"
            val setter = if (isName) "set${name.substring(2)}" else "set$capitalized"
            val relationSignatures = if (isToMany(property(member))) relationFunctions(name).toList().map { "$it(1)" } else emptyList()
            for (signature in listOf("$name(1)", "$getter(0)", "$setter(1)") + relationSignatures) {
                val other = seen.put(signature, member.def.name)
                check(other == null || other == member.def.name) { "$type: attributes $other and ${member.def.name} both give the JVM method $signature" }
            }
        }
    }

    companion object {
        /** Properties of `Entity` a generated attribute must not shadow. */
        val ENTITY_MEMBERS = setOf(
            "json", "typeName", "guid", "status", "attributes", "relationshipAttributes", "atlanTags", "atlanTagNames",
            "termAssignments", "meaningNames", "labels", "businessAttributes", "createdBy", "updatedBy", "createTime",
            "updateTime", "version", "isIncomplete", "displayText",
        )

        /** Members of `EntityBuilder` a generated setter must not shadow. */
        val BUILDER_MEMBERS = setOf("attribute", "guid", "status", "atlanTagNames", "field", "attributeValue", "build", "self")
    }
}
