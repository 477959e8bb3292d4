package org.dealgraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Words for a path that is neither a regular file nor a folder: a named pipe (FIFO), a device or a socket.
 * Such a path is refused without being opened, since opening a FIFO for reading waits for a writer, and a
 * device such as an endless source of zeros never ends.
 */
final class SpecialFiles {

    /** The file-type bits of a POSIX mode, and the type values within them. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** The reason a special file is refused, naming its kind when the file system tells it. */
    static String refusal(Path file) {
        return "Not a regular file: it is " + kind(file) + "; dealgraph reads only regular files.";
    }

    /** What kind of special file {@code file} is, in words; a general phrase where the kind is not told. */
    static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer bits) {
                return switch (bits & TYPE_MASK) {
                    case FIFO -> "a named pipe (FIFO)";
                    case CHARACTER_DEVICE -> "a character device";
                    case BLOCK_DEVICE -> "a block device";
                    case SOCKET -> "a socket";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file (a device, a named pipe or a socket)";
        }
        return "a special file (a device, a named pipe or a socket)";
    }
}
