package org.dealgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The serve package's queries and pages, read from the class path beside this class. */
final class TextFiles {

    private TextFiles() {
    }

    /** The query in {@code name}, parsed. */
    static Query query(String name) {
        return QueryFactory.create(text(name));
    }

    /** The text of {@code name}, which must be there. */
    static String text(String name) {
        return new String(bytes(name).orElseThrow(() -> new IllegalStateException(
                "missing resource " + name + " in the dealgraph jar")), StandardCharsets.UTF_8);
    }

    /** The bytes of the class-path resource {@code name} (relative to this class, or absolute with {@code /}). */
    static Optional<byte[]> bytes(String name) {
        try (InputStream in = TextFiles.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
