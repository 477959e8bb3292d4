package org.dealgraph.read;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a file's bytes within a size limit and decodes them strictly: a byte sequence that is not valid in
 * the charset is an error, not a replacement character. The decoded text has its byte order mark removed
 * and its line endings normalised to {@code \n}.
 */
final class InputFile {

    /** The limit readers use unless told otherwise: 10 MB. */
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The most bytes one file may have whatever the limit: what one Java array holds, with room to spare. */
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 64;

    /** What to do about a file in another encoding. */
    private static final String ENCODING_HINT = "Save it as UTF-8 (or UTF-16 with a byte order mark); an HTML page "
            + "may instead declare its encoding in a <meta charset> tag.";

    private InputFile() {
    }

    /** A size limit given to a reader's constructor; a limit below one byte is a configuration error. */
    static long checkedLimit(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1 byte, was " + maxBytes
                    + "; the default is " + DEFAULT_MAX_BYTES + " (10 MB)");
        }
        return maxBytes;
    }

    /**
     * The file's bytes; rejects a missing, unreadable, special (a FIFO, a device, a socket), oversized or empty
     * file. The file type is checked before the file is opened, so a FIFO is never opened; the size limit is
     * checked on the size the file system reports and again while reading, which stops one byte past the
     * limit, so a file that grows, or reports no size, cannot take more memory than the limit. A path that is
     * not itself a symbolic link is opened without following one, so it cannot be swapped for a link between
     * the check and the read.
     */
    static byte[] bytes(Path file, long maxBytes) throws UnreadableInputException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            boolean link = attributes.isSymbolicLink();
            if (link) {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            }
            if (!attributes.isRegularFile()) {
                throw new UnreadableInputException(attributes.isDirectory() ? "Is a folder, not a file."
                        : SpecialFiles.refusal(file));
            }
            checkSize(attributes.size(), maxBytes);
            try (InputStream in = link ? Files.newInputStream(file)
                    : Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return nonEmpty(bounded(in, maxBytes));
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("File does not exist.");
        } catch (IOException e) {
            throw new UnreadableInputException("File cannot be read: " + e.getMessage() + ".");
        }
    }

    /**
     * The bytes {@code opener} streams, from a file the file system reports as {@code size} bytes (negative when
     * unknown): rejected, in the words {@link #bytes(Path, long)} uses, when it is reported or found over the
     * limit, when it is empty, or when it cannot be opened or read.
     */
    static byte[] bytes(FileContent.Opener opener, long size, long maxBytes) throws UnreadableInputException {
        checkSize(size, maxBytes);
        try (InputStream in = opener.open()) {
            return nonEmpty(bounded(in, maxBytes));
        } catch (FileNotFoundException e) {
            throw new UnreadableInputException("File does not exist.");
        } catch (IOException e) {
            throw new UnreadableInputException("File cannot be read: " + e.getMessage() + ".");
        }
    }

    private static void checkSize(long size, long maxBytes) throws UnreadableInputException {
        if (size > maxBytes) {
            throw tooLarge(megabytes(size) + " is over the limit of " + megabytes(maxBytes));
        }
    }

    private static byte[] nonEmpty(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("File is empty.");
        }
        return bytes;
    }

    /**
     * Everything {@code in} holds, if that is at most {@code maxBytes} (or the most one array can hold):
     * reads at most one byte past the limit, whatever the stream's source claims about its length.
     */
    static byte[] bounded(InputStream in, long maxBytes) throws IOException, UnreadableInputException {
        int limit = (int) Math.min(maxBytes, MAX_ARRAY_BYTES);
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge("it held more than the limit of " + megabytes(limit) + " when read");
        }
        return bytes;
    }

    private static UnreadableInputException tooLarge(String detail) {
        return new UnreadableInputException("File is too large: " + detail + ".");
    }

    /**
     * The file as text, normalised: UTF-16 when it opens with a UTF-16 byte order mark, else UTF-8 (with or
     * without its byte order mark). Rejects what {@link #bytes} rejects, binary files, bytes that are not
     * valid in that encoding, and text that is only blank.
     */
    static String text(FileContent content, long maxBytes) throws UnreadableInputException {
        byte[] bytes = content.bytes(maxBytes);
        Charset charset = byteOrderMark(bytes).orElse(StandardCharsets.UTF_8);
        String text = decode(bytes, charset);
        if (text.isBlank()) {
            throw new UnreadableInputException("File is empty: it holds only blank space.");
        }
        return text;
    }

    /** The UTF-16 charset a byte order mark at the start of {@code bytes} names (UTF-8's mark needs none). */
    static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /**
     * Decodes strictly, then strips a byte order mark and normalises line endings. Outside UTF-16 a NUL
     * byte marks a binary file (no text format dealgraph reads has one), rejected as such.
     */
    static String decode(byte[] bytes, Charset charset) throws UnreadableInputException {
        if (!charset.name().startsWith("UTF-16")) {
            rejectBinary(bytes);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableInputException("File is not valid " + charset.name() + " text: "
                    + (result.isMalformed() ? "malformed" : "unmappable") + " bytes at byte offset " + in.position()
                    + ". " + ENCODING_HINT);
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decode buffer too small for " + bytes.length + " bytes");
        }
        out.flip();
        return normalise(out.toString());
    }

    private static void rejectBinary(byte[] bytes) throws UnreadableInputException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableInputException("File is binary, not text: it holds a NUL byte at byte offset "
                        + i + ".");
            }
        }
    }

    /** Strips a leading byte order mark and turns {@code \r\n} and lone {@code \r} into {@code \n}. */
    static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The charset a file declares by name; rejects a name this Java runtime does not know. */
    static Charset charset(String name) throws UnreadableInputException {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("File declares a charset that is not known: \"" + name + "\".");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
