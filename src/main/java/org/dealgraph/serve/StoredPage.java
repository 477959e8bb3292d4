package org.dealgraph.serve;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;
import org.dealgraph.store.StoreState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page worked out from a whole store, kept in a file in the store's directory with the state of the store it was
 * made from ({@link StoreState}) and the build of dealgraph that made it. A making first looks there: while neither
 * the store nor the build changed, the kept page is the page, read in a millisecond instead of worked out in
 * seconds, also by a server started anew. A page made is kept only when the store's state was the same before and
 * after its making, so that a write during the making never leaves a page filed under a state it does not show. The
 * file is replaced in one step; when it cannot be read or written (a read-only directory), pages are made as if it
 * were not there.
 */
final class StoredPage {

    private static final Logger LOG = LoggerFactory.getLogger(StoredPage.class);
    private static final String HEADER = "dealgraph page ";

    private final String fileName;
    private final Supplier<Optional<StoreState>> state;
    private final String build;

    /**
     * {@code fileName}: the file's name in the store's directory; {@code state}: the store's state now, empty when
     * the pages do not read a store of their own.
     */
    StoredPage(String fileName, Supplier<Optional<StoreState>> state) {
        this(fileName, state, build());
    }

    StoredPage(String fileName, Supplier<Optional<StoreState>> state, String build) {
        this.fileName = fileName;
        this.state = state;
        this.build = build;
    }

    /** {@code make}, looking first for the page kept for the store's present state, and keeping what it makes. */
    Supplier<String> around(Supplier<String> make) {
        return () -> {
            Optional<StoreState> before = state.get();
            Optional<String> kept = before.flatMap(this::read);
            if (kept.isPresent()) {
                return kept.get();
            }
            String page = make.get();
            before.filter(s -> state.get().equals(Optional.of(s))).ifPresent(s -> write(s, page));
            return page;
        };
    }

    private String header(StoreState state) {
        return HEADER + build + " " + state.digest() + "\n";
    }

    private Optional<String> read(StoreState state) {
        Path file = state.directory().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String header = header(state);
            return text.startsWith(header) ? Optional.of(text.substring(header.length())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot read the kept page; making it", file, e);
            return Optional.empty();
        }
    }

    private void write(StoreState state, String page) {
        Path file = state.directory().resolve(fileName);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(state.directory(), "." + fileName + ".", ".part");
            Files.writeString(temporary, header(state) + page, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot keep the page beside the store; it is made again at the next start", file, e);
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Left behind in the store's directory, where nothing reads it.
                }
            }
        }
    }

    /**
     * What tells this build of dealgraph from another: its version, and the size and time of the jar (or of the
     * front page's class file) it was loaded from, so that a page made by an older build is not served by a newer
     * one.
     */
    private static String build() {
        String version = String.valueOf(StoredPage.class.getPackage().getImplementationVersion());
        try {
            Path source = Path.of(FrontPage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path file = Files.isDirectory(source)
                    ? source.resolve(FrontPage.class.getName().replace('.', '/') + ".class") : source;
            return version + "-" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + "-" + System.nanoTime();
        }
    }
}
