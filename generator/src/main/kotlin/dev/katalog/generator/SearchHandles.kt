package dev.katalog.generator

import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.CodeBlock
import dev.katalog.model.atlan.typedef.IndexFieldRule
import dev.katalog.model.atlan.typedef.InternalHandle

/** A field-handle constant of a type's companion: its name, handle class and constructor call. */
internal data class Handle(val constant: String, val className: ClassName, val construction: CodeBlock) {
    constructor(constant: String, simpleName: String, args: List<String>) : this(
        constant,
        AtlanNames.field(simpleName),
        CodeBlock.of("%T(" + args.joinToString(", ") { "%S" } + ")", AtlanNames.field(simpleName), *args.toTypedArray()),
    )
}

/** Chooses the handle class of each attribute from the index fields the shared [IndexFieldRule] gives it. */
internal class SearchHandles(private val rule: IndexFieldRule) {

    fun forMember(member: TypeModel.Member): Handle {
        val def = member.def
        val constant = constantName(def.name)
        val attr = def.name
        val index = rule.indexOf(def)
        if (index == null) {
            val cls = if (member.isRelationship) "RelationField" else "AttributeField"
            return Handle(constant, cls, listOf(attr))
        }
        val base = index.base
        val (cls, args) = when {
            base.isNumeric && index.isDate -> "DateField" to listOf(base.name)
            base.isNumeric && index.rank != null -> "NumericRankField" to listOf(base.name, index.rank!!.name)
            base.isNumeric -> "NumericField" to listOf(base.name)
            base.isBoolean -> "BooleanField" to listOf(base.name)
            else -> {
                val keyword = index.keyword?.name
                val text = index.text?.name
                val stemmed = index.stemmed?.name
                when {
                    keyword != null && text != null && stemmed != null -> "KeywordTextStemmedField" to listOf(keyword, text, stemmed)
                    keyword != null && text != null -> "KeywordTextField" to listOf(keyword, text)
                    keyword != null -> "KeywordField" to listOf(keyword)
                    text != null -> "TextField" to listOf(text)
                    else -> "AttributeField" to emptyList()
                }
            }
        }
        return Handle(constant, cls, listOf(attr) + args)
    }

    fun forInternal(handle: InternalHandle): Handle {
        val attr = handle.attribute
        val (cls, args) = when {
            handle.date != null -> "DateField" to listOf(handle.date!!)
            handle.keyword != null && handle.text != null -> "KeywordTextField" to listOf(handle.keyword!!, handle.text!!)
            handle.keyword != null -> "KeywordField" to listOf(handle.keyword!!)
            else -> error("Internal handle ${handle.constant} names no field")
        }
        return Handle(handle.constant, cls, listOf(attr) + args)
    }
}
