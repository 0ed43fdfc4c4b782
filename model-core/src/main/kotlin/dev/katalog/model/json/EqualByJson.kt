package dev.katalog.model.json

/**
 * A wire model built through a builder rather than a data class (so that new fields do not break binary
 * compatibility): two are equal when they send the same JSON, and `toString` shows that JSON.
 */
public abstract class EqualByJson {
    /** The JSON this value sends, as [KatalogJson] writes it. */
    protected abstract fun wireJson(): String

    final override fun equals(other: Any?): Boolean = other != null && other.javaClass == javaClass && wireJson() == (other as EqualByJson).wireJson()

    final override fun hashCode(): Int = wireJson().hashCode()

    final override fun toString(): String = "${javaClass.simpleName}(${wireJson()})"
}
