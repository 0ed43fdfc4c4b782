"""Manual check: the reference Python SDK (pyatlan 9.10.3) finds assets by name in the local catalog.

pyatlan's find_* helpers ask for `__typeName.keyword` = "CONNECTION" and match names on `name.keyword`, which
only works when the index normalizes those keywords as Atlan's does. Not part of `mvn verify`.

Usage (see local/README.md, "Checks with the Python SDK"):
    source /work/shared/tools/pyatlan-env.sh
    python3 local/src/test/python/pyatlan_find_by_name.py http://127.0.0.1:PORT TOKEN
"""
import sys
import uuid

from pyatlan.client.atlan import AtlanClient
from pyatlan.model.assets import AtlasGlossary, AtlasGlossaryTerm, Connection
from pyatlan.model.enums import AtlanConnectorType


def check(label, actual, expected):
    print(f"{label}: {actual}")
    if actual != expected:
        raise SystemExit(f"FAILED {label}: expected {expected}, got {actual}")


def main(base_url, token):
    client = AtlanClient(base_url=base_url, api_key=token)
    suffix = uuid.uuid4().hex[:8]

    connection = Connection.creator(
        client=client, name=f"Orders Warehouse {suffix}", connector_type=AtlanConnectorType.SNOWFLAKE, admin_users=["admin"]
    )
    connection_guid = client.asset.save(connection).assets_created(Connection)[0].guid
    glossary = AtlasGlossary.creator(name=f"Sales Glossary {suffix}")
    saved_glossary = client.asset.save(glossary).assets_created(AtlasGlossary)[0]
    term = AtlasGlossaryTerm.creator(name=f"Net Revenue {suffix}", glossary_guid=saved_glossary.guid)
    term_guid = client.asset.save(term).assets_created(AtlasGlossaryTerm)[0].guid

    # Names as pyatlan sends them: exact here, and in another case (the keyword normalizer ignores case).
    found = client.asset.find_connections_by_name(name=f"Orders Warehouse {suffix}", connector_type=AtlanConnectorType.SNOWFLAKE)
    check("find_connections_by_name", [(c.guid, c.name) for c in found], [(connection_guid, f"Orders Warehouse {suffix}")])
    found = client.asset.find_connections_by_name(name=f"orders warehouse {suffix}", connector_type=AtlanConnectorType.SNOWFLAKE)
    check("find_connections_by_name (lower case)", [c.guid for c in found], [connection_guid])

    by_name = client.asset.find_glossary_by_name(name=f"Sales Glossary {suffix}")
    check("find_glossary_by_name", (by_name.guid, by_name.name), (saved_glossary.guid, f"Sales Glossary {suffix}"))

    glossary_qn = by_name.qualified_name
    found_term = client.asset.find_term_fast_by_name(name=f"Net Revenue {suffix}", glossary_qualified_name=glossary_qn)
    check("find_term_fast_by_name", (found_term.guid, found_term.name), (term_guid, f"Net Revenue {suffix}"))
    print("OK: pyatlan found the connection, the glossary and the term")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: pyatlan_find_by_name.py BASE_URL API_TOKEN")
    main(sys.argv[1], sys.argv[2])
