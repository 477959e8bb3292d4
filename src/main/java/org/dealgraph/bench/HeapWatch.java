package org.dealgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a phase runs: the most heap in use, sampled every few milliseconds, and the most
 * heap still in use right after a garbage collection (the live data, which is what has to fit).
 */
final class HeapWatch implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        sampler = new Thread(this::sample, "dealgraph-heap-watch");
        sampler.setDaemon(true);
    }

    /** Starts watching. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.listener, null, null);
                watch.emitters.add(emitter);
            }
        }
        watch.sampler.start();
        return watch;
    }

    /** The most heap in use seen so far, in bytes. */
    long peakUsedBytes() {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peakUsed.get();
    }

    /** The most heap in use right after a collection, in bytes (0 if nothing was collected). */
    long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    /** The heap's limit ({@code -Xmx}), in bytes. */
    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private void sample() {
        while (running) {
            peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
        long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        peakUsed.accumulateAndGet(before, Math::max);
        peakAfterGc.accumulateAndGet(after, Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("the heap watch's listener vanished", e);
            }
        }
    }
}
