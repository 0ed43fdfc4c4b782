"""Manual check: the reference Python SDK (pyatlan 9.10.3) tags, sets custom metadata and searches by them in the local catalog.

Usage (see local/README.md, "Checks with the Python SDK"):
    source /work/shared/tools/pyatlan-env.sh
    python3 local/src/test/python/pyatlan_tags_and_custom_metadata.py http://127.0.0.1:PORT TOKEN
"""
import sys
import uuid

from pyatlan.client.atlan import AtlanClient
from pyatlan.model.assets import Connection, Database, Schema, Table, Column
from pyatlan.model.custom_metadata import CustomMetadataDict
from pyatlan.model.enums import AtlanConnectorType
from pyatlan.model.fluent_search import FluentSearch, CompoundQuery
from pyatlan.model.fields.atlan_fields import CustomMetadataField


def check(label, actual, expected):
    print(f"{label}: {actual}")
    if actual != expected:
        raise SystemExit(f"FAILED {label}: expected {expected}, got {actual}")


def main(base_url, token):
    client = AtlanClient(base_url=base_url, api_key=token)
    suffix = uuid.uuid4().hex[:8]
    connection = Connection.creator(client=client, name=f"py-tags-{suffix}", connector_type=AtlanConnectorType.SNOWFLAKE, admin_users=["admin"])
    conn_qn = client.asset.save(connection).assets_created(Connection)[0].qualified_name
    db = Database.creator(name="DB", connection_qualified_name=conn_qn)
    client.asset.save(db)
    schema = Schema.creator(name="S", database_qualified_name=f"{conn_qn}/DB")
    client.asset.save(schema)
    table = Table.creator(name="ORDERS", schema_qualified_name=f"{conn_qn}/DB/S")
    client.asset.save(table)
    column = Column.creator(name="ID", parent_qualified_name=f"{conn_qn}/DB/S/ORDERS", parent_type=Table, order=1)
    client.asset.save(column)

    client.asset.add_atlan_tags(asset_type=Schema, qualified_name=f"{conn_qn}/DB/S", atlan_tag_names=["Confidential"], propagate=True)
    request = (FluentSearch().where(CompoundQuery.active_assets()).where(Column.QUALIFIED_NAME.startswith(conn_qn))
               .where(CompoundQuery.tagged(client=client, with_one_of=["Confidential"]))).to_request()
    found = sorted(a.name for a in client.asset.search(request))
    check("assets carrying Confidential, directly or propagated", found, ["ID", "ORDERS", "S"])

    table_guid = client.asset.get_by_qualified_name(qualified_name=f"{conn_qn}/DB/S/ORDERS", asset_type=Table).guid
    cm = CustomMetadataDict(client=client, name="Monte Carlo")
    cm["Monte Carlo Table URL"] = "https://mc.example/t/1"
    client.asset.update_custom_metadata_attributes(guid=table_guid, custom_metadata=cm)
    url = CustomMetadataField(client=client, set_name="Monte Carlo", attribute_name="Monte Carlo Table URL")
    request = (FluentSearch().where(CompoundQuery.active_assets()).where(url.has_any_value())
               .where(Table.QUALIFIED_NAME.startswith(conn_qn))).to_request()
    check("assets with a Monte Carlo Table URL", [a.name for a in client.asset.search(request)], ["ORDERS"])
    print("OK: pyatlan tagged with propagation, set custom metadata and found both")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
