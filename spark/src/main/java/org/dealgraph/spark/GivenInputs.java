package org.dealgraph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dealgraph.read.ArticleFiles;

/**
 * The inputs of a run as {@code dealgraph ingest} would be given them: each path or glob expanded, as a shell
 * expands one, into the files and folders it names, and the names each file's article is stored under. A folder's
 * files are named by their path from the folder holding the folder ({@code news/2024/deal.txt}), a file given
 * directly by its own name, so that the job's graphs name their sources as an ingest of the same paths does.
 * Works out on the driver; used on the executors to name each file the input listing finds.
 */
final class GivenInputs implements Serializable {

    /** A file or folder given: its full URI, the name it stands for, and whether it is a folder. */
    record Given(String uri, String name, boolean folder) implements Serializable {
    }

    /** A path or glob that named nothing, with the reason an ingest gives for a path that does not exist. */
    record Missing(String source, String reason) implements Serializable {
    }

    private final List<Given> given;
    private final List<Missing> missing;

    private GivenInputs(List<Given> given, List<Missing> missing) {
        this.given = List.copyOf(given);
        this.missing = List.copyOf(missing);
    }

    /** Expands {@code inputs} against the file systems {@code conf} reaches. */
    static GivenInputs expand(List<String> inputs, Configuration conf) {
        List<Given> given = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
                if (matches == null || matches.length == 0) {
                    missing.add(new Missing(input, "No such file or folder."));
                }
                for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
                    given.add(new Given(match.getPath().toString(), match.getPath().getName(), match.isDirectory()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the input " + input + ": " + e.getMessage(), e);
            }
        }
        return new GivenInputs(given, missing);
    }

    /** The inputs that named nothing. */
    List<Missing> missing() {
        return missing;
    }

    /** Every file or folder given, as the input listing takes them: comma-separated URIs. */
    Optional<String> listing() {
        return given.isEmpty() ? Optional.empty()
                : Optional.of(String.join(",", given.stream().map(Given::uri).toList()));
    }

    /**
     * The name the file at {@code uri} is stored under; empty when an ingest of the same inputs would pass it
     * over (hidden, a folder's README, or a format no reader knows, found inside a folder given).
     */
    Optional<String> source(String uri, ArticleFiles files) {
        Given folder = null;
        for (Given g : given) {
            if (!g.folder() && g.uri().equals(uri)) {
                return Optional.of(g.name());
            }
            String prefix = g.uri().endsWith("/") ? g.uri() : g.uri() + "/";
            if (g.folder() && uri.startsWith(prefix) && (folder == null || g.uri().length() > folder.uri().length())) {
                folder = g;
            }
        }
        if (folder == null) {
            throw new IllegalStateException("the listing found " + uri + " outside every input given");
        }
        String prefix = folder.uri().endsWith("/") ? folder.uri() : folder.uri() + "/";
        String path = uri.substring(prefix.length());
        if (!files.readsInFolder(path)) {
            return Optional.empty();
        }
        return Optional.of(folder.name().isEmpty() ? path : folder.name() + "/" + path);
    }
}
