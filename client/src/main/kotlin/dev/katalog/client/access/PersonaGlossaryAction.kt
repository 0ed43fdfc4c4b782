package dev.katalog.client.access

/**
 * What a persona's glossary policy lets its members do to the glossaries it names; [value] is what Atlan stores in
 * `policyActions` (atlanhq/atlan-python, pyatlan/model/enums.py, PersonaGlossaryAction).
 */
public enum class PersonaGlossaryAction(public val value: String) {
    CREATE("persona-glossary-create"),
    READ("persona-glossary-read"),
    UPDATE("persona-glossary-update"),
    DELETE("persona-glossary-delete"),
    UPDATE_CUSTOM_METADATA("persona-glossary-update-custom-metadata"),
    ADD_ATLAN_TAG("persona-glossary-add-classifications"),
    UPDATE_ATLAN_TAG("persona-glossary-update-classifications"),
    REMOVE_ATLAN_TAG("persona-glossary-delete-classifications"),
    ;

    public companion object {
        /** The action whose wire value or name is [value]; a [dev.katalog.client.core.UsageException] otherwise. */
        @JvmStatic
        public fun of(value: String): PersonaGlossaryAction = PolicyActions.parse("persona glossary action", value, entries.toTypedArray()) { it.value }
    }
}
