package org.dealgraph.bench;

/** The machine a benchmark ran on. */
public record Machine(int cores, long maxHeapBytes, String java, String os) {

    /** This machine. */
    static Machine here() {
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }
}
