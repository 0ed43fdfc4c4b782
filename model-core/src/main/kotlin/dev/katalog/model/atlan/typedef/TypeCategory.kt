package dev.katalog.model.atlan.typedef

/** The six categories of type definitions. */
public enum class TypeCategory { ENUM, STRUCT, CLASSIFICATION, ENTITY, RELATIONSHIP, BUSINESS_METADATA }
