package latentlab.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a leak would make grow, read from Linux's {@code /proc/self} and the JVM: the resident set
 * outside the Java heap (the engine's tensors, the C heap, the JVM's own native memory), the Java
 * heap in use after a full collection, the process's threads (Java and native, the engine's OpenMP
 * pool included) and its open file descriptors.
 *
 * @param nativeMiB the resident set less the Java heap's committed size: the heap grows its
 *     committed part as it sees fit, which is not a leak
 */
public record ProcessVitals(double nativeMiB, double heapMiB, int threads, int openFiles) {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path FDS = Path.of("/proc/self/fd");

    /** Whether this system has the files these figures come from. */
    public static boolean available() {
        return Files.isReadable(STATUS) && Files.isDirectory(FDS);
    }

    /** The figures now, the heap after two full collections (one may leave what finalisation freed). */
    public static ProcessVitals now() throws IOException {
        ManagementFactory.getMemoryMXBean().gc();
        ManagementFactory.getMemoryMXBean().gc();
        MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long rssKiB = 0;
        int threads = 0;
        for (String line : Files.readAllLines(STATUS)) {
            if (line.startsWith("VmRSS:")) {
                rssKiB = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.replaceAll("\\D", ""));
            }
        }
        int files;
        try (Stream<Path> fds = Files.list(FDS)) {
            // The listing holds one descriptor of its own while it reads.
            files = (int) fds.count() - 1;
        }
        double mib = 1024.0 * 1024;
        return new ProcessVitals(rssKiB / 1024.0 - usage.getCommitted() / mib, usage.getUsed() / mib, threads, files);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "native %.1f MiB, heap %.1f MiB, %d threads, %d open files", nativeMiB,
                heapMiB, threads, openFiles);
    }

    /** What each open file descriptor points at (files, sockets, pipes), to name what a soak finds more of. */
    public static java.util.List<String> openFileNames() {
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (java.io.IOException e) {
                    return "";
                }
            }).filter(n -> !n.isEmpty()).sorted().toList();
        } catch (java.io.IOException e) {
            return java.util.List.of();
        }
    }
}
