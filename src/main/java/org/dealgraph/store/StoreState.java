package org.dealgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The state a TDB2 store's last commit left, told by a digest, so that what is worked out from a whole store (the
 * front page) can be kept beside it and used again while the store has not changed. TDB2 writes, at every commit
 * that changes anything, small state files for each index and table of the live generation of data: where each
 * B+tree's root is and how far its blocks are allocated ({@code *.bpt}), how long each table of node data is
 * ({@code *.bdf}). Its B+trees copy every block they change, so any change, a removal too, moves those figures. The
 * digest covers the generation's name and those files' bytes; reading the store does not touch them, and a copy
 * of the store keeps them.
 *
 * @param directory the store's directory, which holds its generations of data
 * @param digest    the digest of the live generation's state, in hexadecimal
 */
public record StoreState(Path directory, String digest) {

    /**
     * The state of {@code dataset}'s last commit, with the store's directory (the one holding its generations);
     * empty for a dataset that is not a TDB2 database in a directory, or whose state files cannot be read.
     */
    public static Optional<StoreState> of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!TDBInternal.isTDB2(dsg)) {
            return Optional.empty();
        }
        Location location = TDBInternal.getDatasetGraphTDB(dsg).getLocation();
        if (location.isMem()) {
            return Optional.empty();
        }
        Path generation = Path.of(location.getDirectoryPath()).toAbsolutePath().normalize();
        Path directory = generation.getParent() == null ? generation : generation.getParent();
        return digest(generation).map(digest -> new StoreState(directory, digest));
    }

    /** The digest of the state files in the generation directory {@code generation}; empty if it holds none. */
    static Optional<String> digest(Path generation) {
        try (Stream<Path> entries = Files.list(generation)) {
            List<Path> files = entries.filter(StoreState::isStateFile).sorted().toList();
            if (files.isEmpty()) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name(generation).getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                digest.update((byte) 0);
                digest.update(name(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest(), 0, 16));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean isStateFile(Path file) {
        String name = name(file);
        return (name.endsWith(".bpt") || name.endsWith(".bdf")) && Files.isRegularFile(file);
    }

    private static String name(Path path) {
        return String.valueOf(path.getFileName());
    }
}
