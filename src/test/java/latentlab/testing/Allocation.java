package latentlab.testing;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the Java heap by the current thread while a reader runs: a reader that
 * trusts a size written in a file allocates far more than the file's real length allows.
 */
public final class Allocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocation() {
    }

    /** Something that reads a file and may fail with the project's own error. */
    @FunctionalInterface
    public interface Read {
        void run() throws Exception;
    }

    /**
     * Runs {@code read} and fails when it allocated more than {@code perByte} bytes for each of
     * {@code realLength} bytes of input, plus {@code fixed} bytes of buffers.
     */
    public static void requireAtMost(long realLength, long perByte, long fixed, Read read) throws Exception {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            read.run();
        } finally {
            long used = THREADS.getCurrentThreadAllocatedBytes() - before;
            long allowed = realLength * perByte + fixed;
            if (used > allowed) {
                throw new AssertionError("reading " + realLength + " bytes allocated " + used
                        + " bytes, more than the " + allowed + " its real length allows");
            }
        }
    }
}
