package org.dealgraph.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file the driver's listing found, as a task reads it: where it is, the name its articles are stored under, and
 * its size as the file system reports it.
 *
 * @param uri    the file's full URI, which any Hadoop file system the job reaches opens
 * @param source the name its articles are stored under, as an ingest of the same inputs names it
 * @param bytes  its size in bytes
 */
record ListedFile(String uri, String source, long bytes) implements Serializable {

    ListedFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(source, "source");
        if (bytes < 0) {
            throw new IllegalArgumentException("a file's size is at least 0: " + bytes + " for " + uri);
        }
    }
}
