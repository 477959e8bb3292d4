package org.dealgraph.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What loading one file came to: its article graphs written and those left as they were (the target
 * already held the same content), or the file rejected whole, with the reason.
 *
 * @param file      the file, as given
 * @param written   article graphs written (new, or replacing an older version)
 * @param unchanged article graphs the target already held with the same content hash
 * @param rejected  why nothing of the file was loaded, if it was not
 */
public record LoadOutcome(String file, int written, int unchanged, Optional<String> rejected) {

    public LoadOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rejected, "rejected");
        if (written < 0 || unchanged < 0) {
            throw new IllegalArgumentException("negative count: " + written + ", " + unchanged);
        }
    }

    /** A file whose graphs were all written or found unchanged. */
    public static LoadOutcome loaded(String file, int written, int unchanged) {
        return new LoadOutcome(file, written, unchanged, Optional.empty());
    }

    /** A file of which nothing was loaded. */
    public static LoadOutcome rejected(String file, String reason) {
        return new LoadOutcome(file, 0, 0, Optional.of(reason));
    }
}
