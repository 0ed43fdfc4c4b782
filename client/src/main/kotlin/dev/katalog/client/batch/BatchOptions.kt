package dev.katalog.client.batch

import dev.katalog.client.core.UsageException
import dev.katalog.client.atlan.SaveOptions

/**
 * How an [AssetBatch] saves: [size] assets per call, [concurrency] calls at once, the [saveOptions]
 * flags, whether to only update assets that exist ([updateOnly]), whether a failed call is recorded
 * and the batch goes on ([captureFailures]) or the batch stops, whether to keep the GUIDs of what
 * changed and every placeholder's GUID in the summary ([collectGuids]; turn off for millions of assets, and the batch
 * then keeps only the latest [placeholderMemory] placeholder GUIDs, so its memory is bounded), whether to find out which
 * saves restored archived assets ([trackRestores], one extra search per call), and who hears of progress.
 */
public class BatchOptions private constructor(
    public val size: Int,
    public val concurrency: Int,
    public val saveOptions: SaveOptions,
    public val updateOnly: Boolean,
    public val captureFailures: Boolean,
    public val collectGuids: Boolean,
    public val trackRestores: Boolean,
    public val expectedTotal: Long?,
    public val listener: BatchListener?,
    public val placeholderMemory: Int,
) {
    public fun toBuilder(): Builder = Builder().size(size).concurrency(concurrency).saveOptions(saveOptions).updateOnly(updateOnly)
        .captureFailures(captureFailures).collectGuids(collectGuids).trackRestores(trackRestores).expectedTotal(expectedTotal).listener(listener)
        .placeholderMemory(placeholderMemory)

    /** Builds [BatchOptions]; every setting is checked. */
    public class Builder {
        private var size = 100
        private var concurrency = 4
        private var saveOptions = SaveOptions.DEFAULT
        private var updateOnly = false
        private var captureFailures = true
        private var collectGuids = true
        private var trackRestores = false
        private var expectedTotal: Long? = null
        private var listener: BatchListener? = null
        private var placeholderMemory = 100_000

        public fun size(value: Int): Builder = apply { UsageException.check(value in 1..10_000, { "A batch size is between 1 and 10,000, was $value" }, "Use 100 (the default) to a few hundred"); size = value }
        public fun concurrency(value: Int): Builder = apply { UsageException.check(value in 1..64, { "Batch concurrency is between 1 and 64, was $value" }, "Use 4 (the default) to 16"); concurrency = value }
        public fun saveOptions(value: SaveOptions): Builder = apply { saveOptions = value }
        public fun updateOnly(value: Boolean): Builder = apply { updateOnly = value }
        public fun captureFailures(value: Boolean): Builder = apply { captureFailures = value }
        public fun collectGuids(value: Boolean): Builder = apply { collectGuids = value }
        public fun trackRestores(value: Boolean): Builder = apply { trackRestores = value }
        public fun expectedTotal(value: Long?): Builder = apply { UsageException.check(value == null || value >= 0, { "expectedTotal cannot be negative, was $value" }, "Pass the number of assets you will add, or null when unknown"); expectedTotal = value }
        public fun listener(value: BatchListener?): Builder = apply { listener = value }

        /** Without [collectGuids], how many of the latest placeholder GUIDs are kept to resolve later references (about 200 bytes each). */
        public fun placeholderMemory(value: Int): Builder = apply {
            UsageException.check(value in 1..10_000_000, { "placeholderMemory is between 1 and 10,000,000, was $value" }, "Use 100,000 (the default), or turn collectGuids on to keep every GUID")
            placeholderMemory = value
        }

        public fun build(): BatchOptions =
            BatchOptions(size, concurrency, saveOptions, updateOnly, captureFailures, collectGuids, trackRestores, expectedTotal, listener, placeholderMemory)
    }

    public companion object {
        /** 100 assets per call, 4 calls at once, failures recorded, GUIDs kept. */
        @JvmField
        public val DEFAULT: BatchOptions = Builder().build()

        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
