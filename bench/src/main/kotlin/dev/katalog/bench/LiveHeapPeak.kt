package dev.katalog.bench

import com.sun.management.GarbageCollectionNotificationInfo
import java.lang.management.ManagementFactory
import java.lang.management.MemoryType
import javax.management.NotificationEmitter
import javax.management.openmbean.CompositeData

/**
 * The largest heap in use right after any garbage collection while this is installed: the live data a workload
 * holds, where the sum of the heap pools' peaks also counts garbage not yet collected (and can exceed `-Xmx`).
 */
public class LiveHeapPeak {
    private val heapPools = ManagementFactory.getMemoryPoolMXBeans().filter { it.type == MemoryType.HEAP }.map { it.name }.toSet()

    @Volatile
    private var peakBytes = 0L

    init {
        for (gc in ManagementFactory.getGarbageCollectorMXBeans()) {
            (gc as NotificationEmitter).addNotificationListener({ notification, _ ->
                if (notification.type == GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION) {
                    val info = GarbageCollectionNotificationInfo.from(notification.userData as CompositeData).gcInfo
                    val after = info.memoryUsageAfterGc.filterKeys { it in heapPools }.values.sumOf { it.used }
                    synchronized(this) { if (after > peakBytes) peakBytes = after }
                }
            }, null, null)
        }
    }

    /** The peak so far in MB, after a last collection so that the end of the workload counts too. */
    public fun peakMb(): Double {
        System.gc()
        val now = ManagementFactory.getMemoryMXBean().heapMemoryUsage.used
        return maxOf(peakBytes, now) / (1024.0 * 1024.0)
    }
}
