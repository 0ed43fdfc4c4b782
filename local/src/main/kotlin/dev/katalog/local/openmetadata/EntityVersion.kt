package dev.katalog.local.openmetadata

import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive
import java.math.BigDecimal

/** Entity versions: `0.1` at creation, `+0.1` per change, kept as exact decimals so `0.3` never becomes `0.30000000000000004`. */
internal object EntityVersion {
    val FIRST: BigDecimal = BigDecimal("0.1")

    fun next(current: JsonElement?): BigDecimal = of(current).add(FIRST)

    fun of(version: JsonElement?): BigDecimal = (version as? JsonPrimitive)?.content?.toBigDecimalOrNull() ?: FIRST

    fun json(version: BigDecimal): JsonPrimitive = JsonPrimitive(version.stripTrailingZeros().let { if (it.scale() < 1) it.setScale(1) else it })
}
