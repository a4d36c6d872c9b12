package org.briefingdesk.bench.memory;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.briefingdesk.app.AppContext;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.briefing.BriefingTargetResolver;
import org.briefingdesk.logic.briefing.PackSize;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.output.BriefingExporter;
import org.briefingdesk.output.BriefingFormat;

/**
 * One pack in a process of its own, for {@link LargePackMeasurement}: {@code DB TOPIC FORMAT OUT}. Writes
 * the topic's pack and prints one line of figures: pages, bytes, milliseconds, the peak heap in use (the
 * heap just before each collection, and at the end) and the process's peak resident set (Linux VmHWM).
 */
public final class PackMemoryProbe {
    /** Starts the line of figures, so that the measuring side finds it among anything else printed. */
    static final String PREFIX = "pack-memory";

    private PackMemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        AtomicLong peakHeap = new AtomicLong();
        watchCollections(peakHeap);
        Path out = Path.of(args[3]);
        BriefingExporter.Result result;
        try (RecordStore store = AppContext.opener().open(Path.of(args[0]), OpenMode.READ)) {
            BriefingTarget topic = new BriefingTargetResolver(store, Localization.forLanguage("cs"))
                    .resolve(BriefingTarget.Kind.TOPIC, args[1]);
            result = new BriefingExporter(store).export(topic, BriefingOptions.defaults(),
                    BriefingFormat.valueOf(args[2]), out, BriefingMonitor.NONE);
        }
        peakHeap.accumulateAndGet(heapUsed(), Math::max);
        String line = String.join(" ", PREFIX, String.valueOf(PackSize.pages(result.pack())),
                String.valueOf(result.bytes()), String.valueOf(result.totalMillis()), String.valueOf(peakHeap.get()),
                String.valueOf(peakResidentBytes()));
        System.out.println(line); // the measuring process reads this line
        Files.deleteIfExists(out);
    }

    /** At every collection, the heap in use just before it: the highs between collections. */
    private static void watchCollections(AtomicLong peak) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    peak.accumulateAndGet(before, Math::max);
                }
            }, null, null);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's peak resident set from /proc/self/status (VmHWM); -1 where there is no such file. */
    static long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }
}
