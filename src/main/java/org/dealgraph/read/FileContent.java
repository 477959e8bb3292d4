package org.dealgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file's bytes, wherever the file is kept: on this machine's file system, or behind a stream opened
 * elsewhere (a file of a Hadoop file system, as a Spark job reads them). A reader takes the bytes once, within
 * its size limit, and what stops it (missing, too large, empty, unreadable) is a rejection in the same words
 * whichever way the file came.
 */
public final class FileContent {

    /** Opens a stream over a file's bytes; whoever calls it closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** How the bytes are fetched, within a limit. */
    @FunctionalInterface
    private interface Fetch {
        byte[] bytes(long maxBytes) throws UnreadableInputException;
    }

    private final Fetch fetch;

    private FileContent(Fetch fetch) {
        this.fetch = fetch;
    }

    /** The bytes of a file on this machine, checked as {@link ArticleFiles} checks what it reads. */
    public static FileContent of(Path file) {
        Objects.requireNonNull(file, "file");
        return new FileContent(maxBytes -> InputFile.bytes(file, maxBytes));
    }

    /**
     * The bytes {@code opener} streams, from a file whose size the file system reports as {@code size} bytes
     * (negative when it does not tell): a file reported over the limit is rejected without being opened.
     */
    public static FileContent of(Opener opener, long size) {
        Objects.requireNonNull(opener, "opener");
        return new FileContent(maxBytes -> InputFile.bytes(opener, size, maxBytes));
    }

    /** The bytes, at most {@code maxBytes} of them. */
    byte[] bytes(long maxBytes) throws UnreadableInputException {
        return fetch.bytes(maxBytes);
    }
}
