package dev.katalog.local.store

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject

/**
 * Atlan's own text analysis for the asset index, so matches, stemming, case folding and paths behave as on a tenant.
 *
 * The data below is copied from atlanhq/atlas-metastore, file `addons/elasticsearch/es-settings.json` (commit
 * 54b6021c04), the settings Atlan creates its vertex index with. Left out: the `search_synonyms` analyzer and its
 * `graph_synonyms` filter, which read a `synonym.txt` that only exists on Atlan's nodes and that no type definition uses.
 */
internal object AtlanAnalysis {
    /** Bumped whenever the analysis or the mapping changes in a way an existing index cannot take; see [AssetIndex.ensure]. */
    const val VERSION = 4

    /** Atlan scores every matching clause as 1 (`"similarity":{"default":{"type":"boolean"}}` in the same file). */
    val similarity: JsonObject = Json.parseToJsonElement("""{"default":{"type":"boolean"}}""").jsonObject

    val analysis: JsonObject = Json.parseToJsonElement(
        """
        {
          "analyzer": {
            "atlan_text_delimiter_analyzer": {
              "type": "custom", "tokenizer": "keyword",
              "filter": ["trim", "text_delimiter_filter", "lowercase", "remove_duplicates"]
            },
            "atlan_search_delimiter_analyzer": {
              "type": "custom", "tokenizer": "whitespace",
              "filter": ["trim", "text_delimiter_filter", "lowercase", "remove_duplicates"]
            },
            "atlan_path_analyzer": {
              "type": "custom", "tokenizer": "atlan_path_tokenizer",
              "filter": ["trim", "remove_duplicates"]
            },
            "atlan_text_analyzer_v2": {
              "type": "custom", "tokenizer": "atlan_tokenizer_v2",
              "filter": ["apostrophe", "lowercase"], "char_filter": ["truncate_filter", "number_filter"]
            },
            "atlan_glossary_analyzer": {
              "type": "custom", "tokenizer": "atlan_glossary_tokenizer",
              "filter": ["lowercase"], "char_filter": ["letter_number_filter"]
            },
            "atlan_text_analyzer": {
              "type": "custom", "tokenizer": "atlan_tokenizer",
              "filter": ["apostrophe", "lowercase"], "char_filter": ["truncate_filter", "number_filter"]
            },
            "atlan_text_comma_analyzer": {
              "type": "custom", "tokenizer": "atlan_comma_tokenizer", "filter": ["lowercase"]
            },
            "atlan_text_stemmer": {
              "type": "custom", "tokenizer": "atlan_tokenizer",
              "filter": ["snowball_english", "lowercase"], "char_filter": ["number_filter"]
            },
            "truncate_analyzer": { "tokenizer": "standard", "char_filter": ["truncate_filter"] }
          },
          "normalizer": {
            "atlan_normalizer": { "type": "custom", "filter": ["lowercase"] }
          },
          "filter": {
            "snowball_english": { "type": "snowball", "language": "English" },
            "text_delimiter_filter": {
              "type": "word_delimiter_graph",
              "split_on_numerics": "true", "generate_word_parts": "true", "preserve_original": "true",
              "catenate_words": "false", "generate_number_parts": "true", "catenate_all": "true",
              "split_on_case_change": "true", "type_table": ["# => SUBWORD_DELIM", "' => ALPHA"],
              "catenate_numbers": "false", "stem_english_possessive": "true"
            }
          },
          "tokenizer": {
            "atlan_path_tokenizer": { "type": "path_hierarchy", "delimiter": "/" },
            "atlan_tokenizer_v2": {
              "type": "pattern", "pattern": "( |_|-|/|@|,|;|$|#|&|\"|\\.|\\(|\\)|\\[|\\]|\\{|\\}|:)"
            },
            "atlan_glossary_tokenizer": {
              "type": "char_group", "tokenize_on_chars": ["whitespace", "punctuation", "symbol"]
            },
            "atlan_tokenizer": { "type": "pattern", "pattern": "( |_|-|'|/|@)" },
            "atlan_comma_tokenizer": { "type": "pattern", "pattern": "," }
          },
          "char_filter": {
            "letter_number_filter": { "type": "pattern_replace", "pattern": "\\d+", "replacement": " $0 " },
            "number_filter": { "type": "pattern_replace", "pattern": "\\d+", "replacement": " $0" },
            "truncate_filter": {
              "type": "pattern_replace", "pattern": "(.{0,100000}).*", "replacement": "$1", "flags": "DOTALL"
            }
          }
        }
        """,
    ).jsonObject
}
