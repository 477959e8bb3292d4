package org.dealgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dealgraph.read.ArticleFiles;

/**
 * The inputs of a run as {@code dealgraph ingest} would be given them: each path or glob expanded, as a shell
 * expands one, into the files and folders it names, and the names each file's article is stored under. A folder's
 * files are named by their path from the folder holding the folder ({@code news/2024/deal.txt}), a file given
 * directly by its own name, so that the job's graphs name their sources as an ingest of the same paths does.
 * Works out on the driver, which lists the files to read before any task starts.
 */
final class GivenInputs {

    /** A file or folder given: its full URI, the name it stands for, whether it is a folder, and its size. */
    record Given(String uri, String name, boolean folder, long bytes) {
    }

    /** A path or glob that named nothing, with the reason an ingest gives for a path that does not exist. */
    record Missing(String source, String reason) {
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
                    given.add(new Given(match.getPath().toString(), match.getPath().getName(), match.isDirectory(),
                            match.getLen()));
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

    /**
     * The files to read, found on the driver: each file given, and every file inside each folder given, with its
     * subfolders, that an ingest of the same inputs would read, named as that ingest names it. Files inside a
     * folder that an ingest passes over (hidden, a folder's README, or a format no reader knows) are left out; a
     * file given directly is kept whatever its name, so that the reader rejects it as an ingest does.
     */
    List<ListedFile> files(Configuration conf, ArticleFiles reader) {
        List<ListedFile> files = new ArrayList<>();
        for (Given g : given) {
            if (g.folder()) {
                addFolder(g, conf, reader, files);
            } else {
                files.add(new ListedFile(g.uri(), g.name(), g.bytes()));
            }
        }
        files.sort(Comparator.comparing(ListedFile::uri));
        return files;
    }

    /** Adds to {@code files} those of {@code folder} and its subfolders that an ingest of it reads. */
    private static void addFolder(Given folder, Configuration conf, ArticleFiles reader, List<ListedFile> files) {
        String prefix = folder.uri().endsWith("/") ? folder.uri() : folder.uri() + "/";
        Path path = new Path(folder.uri());
        try {
            RemoteIterator<LocatedFileStatus> found = path.getFileSystem(conf).listFiles(path, true);
            while (found.hasNext()) {
                LocatedFileStatus file = found.next();
                String uri = file.getPath().toString();
                if (!uri.startsWith(prefix)) {
                    throw new IllegalStateException("the listing of " + folder.uri() + " found " + uri + " outside it");
                }
                String inFolder = uri.substring(prefix.length());
                if (reader.readsInFolder(inFolder)) {
                    files.add(new ListedFile(uri, folder.name().isEmpty() ? inFolder : folder.name() + "/" + inFolder,
                            file.getLen()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input " + folder.uri() + ": " + e.getMessage(), e);
        }
    }
}
