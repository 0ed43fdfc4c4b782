#!/usr/bin/env python3
"""Extracts Atlan type definitions from the reference Python SDK's generated model.

    python3 reference/atlan/extract/pyatlan_typedefs.py <atlan-python checkout> reference/atlan/typedefs-pyatlan.json

Atlan publishes no complete type-definition dump, but atlan-python (Apache-2.0) generates one Python class per type
from the tenant's typedefs, and each class still states the facts: its super type, its attributes with their Python
types, the search fields of every attribute (keyword / text / stemmed / numeric / rank field names), and which
attributes are relationships. This script reads those sources' syntax trees (it never imports or runs them) and
writes the facts back in Atlan's own typedef JSON shape, so Katalog's generator reads them like real typedefs.

What the Python model no longer says, and the choice made here:
- `int` stands for Atlan's `int` and `long`: written as `long`. `float` stands for `float` and `double`: `double`.
- A Python class has one base; Atlan types may have several super types. The base is the first super type; the
  attributes pyatlan copied in from the other super types stay on the type, so nothing is lost for generation.
- Relationship type names are not in the Python model: each relationship attribute names a synthetic
  `pyatlan_<Type>_<attribute>` relationship, and no relationshipDefs are written.
The real tenant typedefs (reference/atlan/typedefs.json) win wherever they define a type or attribute.
"""
import ast
import json
import pathlib
import re
import sys

PRIMITIVES = {"str": "string", "bool": "boolean", "int": "long", "float": "double", "datetime": "date", "AtlanTagName": "string"}

# pyatlan renames a few Atlan enums to Python class names; these are the Atlan names back.
ENUM_NAMES = {
    "IconType": "icon_type", "CertificateStatus": "certificate_status",
    "QueryUsernameStrategy": "query_username_strategy", "GoogleDatastudioAssetType": "google_datastudio_asset_type",
    "PowerbiEndorsement": "powerbi_endorsement", "KafkaTopicCompressionType": "kafka_topic_compression_type",
    "KafkaTopicCleanupPolicy": "kafka_topic_cleanup_policy", "QuickSightFolderType": "quick_sight_folder_type",
    "QuickSightDatasetFieldType": "quick_sight_dataset_field_type",
    "QuickSightAnalysisStatus": "quick_sight_analysis_status",
    "QuickSightDatasetImportMode": "quick_sight_dataset_import_mode", "FileType": "file_type",
    "AtlasOperation": "atlas_operation", "MatillionJobType": "matillion_job_type",
    "IncidentSeverity": "incident_severity", "TableType": "table_type",
}

TEXT = {"type": "text", "analyzer": "atlan_text_analyzer"}
STEMMED = {"type": "text", "analyzer": "atlan_text_stemmer"}
KEYWORD = {"type": "keyword", "normalizer": "atlan_normalizer"}


def classes_of(path):
    return [node for node in ast.parse(path.read_text()).body if isinstance(node, ast.ClassDef)]


def enum_defs(enums_py):
    """Every `class X(str, Enum)` of pyatlan/model/enums.py: its members' values in order."""
    result = {}
    for cls in classes_of(enums_py):
        if not any(isinstance(b, ast.Name) and b.id == "Enum" for b in cls.bases):
            continue
        values = [s.value.value for s in cls.body
                  if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str)]
        result[cls.name] = values
    return result


def unwrap_optional(node):
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Optional":
        return node.slice
    return node


def type_name(node, enums, structs, assets):
    """Atlan's typeName for a Python annotation, or None when the annotation says nothing Atlan knows."""
    node = unwrap_optional(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        node = ast.parse(node.value, mode="eval").body
    if isinstance(node, ast.Name):
        name = node.id
        if name in PRIMITIVES:
            return PRIMITIVES[name]
        if name in enums:
            return ENUM_NAMES.get(name, name)
        if name in structs or name in assets:
            return name
        return None
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        outer = node.value.id
        if outer in ("List", "Set"):
            inner = type_name(node.slice, enums, structs, assets)
            return f"array<{inner}>" if inner else None
        if outer == "Dict" and isinstance(node.slice, ast.Tuple) and len(node.slice.elts) == 2:
            key, value = (type_name(e, enums, structs, assets) for e in node.slice.elts)
            return f"map<{key},{value}>" if key and value else None
    return None


def search_fields(cls):
    """The ClassVar search fields of an asset class: camelCase attribute name -> (field kind, index field names)."""
    fields = {}
    for stmt in cls.body:
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.value, ast.Call)):
            continue
        call = stmt.value
        if not isinstance(call.func, ast.Name) or not call.args:
            continue
        names = [a.value for a in call.args if isinstance(a, ast.Constant)]
        if names:
            fields[names[0]] = (call.func.id, names[1:], stmt.target.id)
    return fields


def suffix(attribute, field):
    return field[len(attribute) + 1:] if field.startswith(attribute + ".") else None


def index_settings(attribute, kind, names):
    """indexType / indexTypeESConfig / indexTypeESFields that give the search fields pyatlan names."""
    settings = {}
    extra = {}
    if kind == "KeywordField":
        if names and names[0] == attribute:
            settings["indexType"] = "STRING"
        elif names and suffix(attribute, names[0]):
            extra[suffix(attribute, names[0])] = dict(KEYWORD)
    elif kind in ("KeywordTextField", "KeywordTextStemmedField"):
        keyword, text = names[0], names[1]
        if keyword == attribute:
            settings["indexType"] = "STRING"
            extra[suffix(attribute, text) or "text"] = dict(TEXT)
        else:
            settings["indexTypeESConfig"] = {"analyzer": "atlan_text_analyzer"}
            extra[suffix(attribute, keyword) or "keyword"] = dict(KEYWORD)
        if kind == "KeywordTextStemmedField" and len(names) > 2:
            extra[suffix(attribute, names[2]) or "stemmed"] = dict(STEMMED)
    elif kind == "NumericRankField" and len(names) > 1:
        extra[suffix(attribute, names[1]) or "rank_feature"] = {"type": "rank_feature"}
    if extra:
        settings["indexTypeESFields"] = extra
    return settings


def squashed(name):
    """pyatlan's snake_case and Atlan's camelCase names of one attribute compare equal once squashed."""
    return name.replace("_", "").lower()


def camel_case_overrides(utils_py):
    """pyatlan's CAMEL_CASE_OVERRIDES (snake_case -> Atlan name) from pyatlan/model/utils.py."""
    for node in ast.parse(utils_py.read_text()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "CAMEL_CASE_OVERRIDES" for t in node.targets):
            return ast.literal_eval(node.value)
    return {}


def attribute_annotations(cls, overrides):
    """The nested `class Attributes`: squashed Atlan attribute name -> annotation node."""
    for stmt in cls.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Attributes":
            return {squashed(overrides.get(s.target.id, s.target.id)): s.annotation
                    for s in stmt.body if isinstance(s, ast.AnnAssign)}
    return {}


def atlan_type_name(cls):
    """The type's Atlan name, from its `type_name: str = Field(default="…")`; None for helper classes."""
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == "type_name":
            for keyword in getattr(stmt.value, "keywords", []):
                if keyword.arg == "default" and isinstance(keyword.value, ast.Constant):
                    return keyword.value.value
    return None


def entity_def(cls, enums, structs, assets, overrides):
    base = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) and cls.bases[0].id in assets else None
    annotations = attribute_annotations(cls, overrides)
    attributes, relationships, skipped = [], [], []
    for attribute, (kind, names, constant) in search_fields(cls).items():
        annotation = annotations.get(squashed(attribute)) or annotations.get(squashed(constant))
        typed = type_name(annotation, enums, structs, assets) if annotation is not None else None
        if typed is None:
            skipped.append(attribute)
            continue
        array = typed.startswith("array<")
        definition = {"name": attribute, "typeName": typed, "isOptional": True,
                      "cardinality": "SET" if array else "SINGLE"}
        if kind == "RelationField":
            definition["relationshipTypeName"] = f"pyatlan_{cls.name}_{attribute}"
            relationships.append(definition)
        else:
            definition.update(index_settings(attribute, kind, names))
            attributes.append(definition)
    entity = {"category": "ENTITY", "name": atlan_type_name(cls), "superTypes": [base] if base else [],
              "attributeDefs": attributes, "relationshipAttributeDefs": relationships}
    return entity, skipped


def camel(snake):
    words = snake.split("_")
    joined = "".join(w.capitalize() for w in words)
    return joined[0].lower() + joined[1:]


def struct_defs(structs_py, enums, struct_names):
    result = []
    for cls in classes_of(structs_py):
        if cls.name not in struct_names:
            continue
        attributes = []
        for stmt in cls.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                typed = type_name(stmt.annotation, enums, struct_names, set())
                if typed:
                    attributes.append({"name": camel(stmt.target.id), "typeName": typed, "isOptional": True,
                                       "cardinality": "SET" if typed.startswith("array<") else "SINGLE"})
        result.append({"category": "STRUCT", "name": cls.name, "attributeDefs": attributes})
    return result


def main(checkout, out):
    root = pathlib.Path(checkout)
    model = root / "pyatlan" / "model"
    enums = enum_defs(model / "enums.py")
    overrides = camel_case_overrides(model / "utils.py")
    structs_py = model / "structs.py"
    struct_names = {c.name for c in classes_of(structs_py)} - {"AtlanObject"}
    files = sorted(p for p in (model / "assets").rglob("*.py") if p.name != "__init__.py" and "relations" not in p.parts)
    asset_classes = [c for f in files for c in classes_of(f)]
    assets = {c.name for c in asset_classes}
    entities, skipped = [], {}
    for cls in sorted(asset_classes, key=lambda c: c.name):
        if atlan_type_name(cls) is None:
            continue
        entity, missed = entity_def(cls, enums, struct_names, assets, overrides)
        entities.append(entity)
        if missed:
            skipped[cls.name] = missed
    used = {re.sub(r"^array<|>$", "", a["typeName"]) for e in entities for a in e["attributeDefs"]}
    enum_json = [{"category": "ENUM", "name": ENUM_NAMES.get(n, n),
                  "elementDefs": [{"ordinal": i, "value": v} for i, v in enumerate(values)]}
                 for n, values in sorted(enums.items()) if ENUM_NAMES.get(n, n) in used]
    structs = struct_defs(structs_py, enums, struct_names)
    version = (root / "pyatlan" / "version.txt").read_text().strip()
    document = {
        "source": f"Extracted from atlan-python {version} (Apache-2.0, github.com/atlanhq/atlan-python) "
                  "by reference/atlan/extract/pyatlan_typedefs.py",
        "enumDefs": enum_json, "structDefs": structs, "entityDefs": entities,
        "classificationDefs": [], "relationshipDefs": [], "businessMetadataDefs": [],
    }
    pathlib.Path(out).write_text(json.dumps(document, indent=1, sort_keys=False) + "\n")
    print(f"{len(entities)} entity types, {len(enum_json)} enums, {len(structs)} structs -> {out}")
    if skipped:
        for type_, attributes in sorted(skipped.items()):
            print(f"  left out of {type_} (no Python type Atlan knows): {', '.join(attributes)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pyatlan_typedefs.py <atlan-python checkout> <output.json>")
    main(sys.argv[1], sys.argv[2])
