package org.dealgraph.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file's bytes within a size limit and decodes them strictly: a byte sequence that is not valid in
 * the charset is an error, not a replacement character. The decoded text has its byte order mark removed
 * and its line endings normalised to {@code \n}.
 */
final class InputFile {

    /** The limit readers use unless told otherwise: 10 MB. */
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

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

    /** The file's bytes; rejects a missing, unreadable, oversized or empty file. */
    static byte[] bytes(Path file, long maxBytes) throws UnreadableInputException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableInputException("File is too large: " + megabytes(size)
                        + " is over the limit of " + megabytes(maxBytes) + ".");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new UnreadableInputException("File is empty.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("File does not exist.");
        } catch (IOException e) {
            throw new UnreadableInputException("File cannot be read: " + e.getMessage() + ".");
        }
    }

    /** The file decoded as UTF-8, normalised; rejects what {@link #bytes} rejects and text that is only blank. */
    static String utf8Text(Path file, long maxBytes) throws UnreadableInputException {
        String text = decode(bytes(file, maxBytes), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new UnreadableInputException("File is empty: it holds only blank space.");
        }
        return text;
    }

    /** Decodes strictly, then strips a byte order mark and normalises line endings. */
    static String decode(byte[] bytes, Charset charset) throws UnreadableInputException {
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
            throw new UnreadableInputException("File is not valid " + charset.name() + ": "
                    + (result.isMalformed() ? "malformed" : "unmappable") + " bytes at byte offset "
                    + in.position() + ".");
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decode buffer too small for " + bytes.length + " bytes");
        }
        out.flip();
        return normalise(out.toString());
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
