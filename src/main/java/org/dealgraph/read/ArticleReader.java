package org.dealgraph.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the articles one file holds. A file in a single-article format gives one result; a feed
 * ({@code .jsonl}) gives one per record, so that one bad record does not cost the others.
 */
public interface ArticleReader {

    /** The file name endings this reader handles, lower case, without the dot ({@code "md"}). */
    List<String> extensions();

    /**
     * Reads a file's {@code content}, naming what it reads {@code source} (plus {@code #n} for a feed's n-th
     * record): the name the article is stored under, which need not be the path opened. Never throws for bad
     * content: a file or record that cannot be read comes back as a {@link ReadResult.Rejected} naming the
     * source (and the record) and the problem.
     */
    List<ReadResult> read(FileContent content, String source);

    /** Reads the file {@code file} of this machine as {@link #read(FileContent, String)} reads its content. */
    default List<ReadResult> read(Path file, String source) {
        return read(FileContent.of(file), source);
    }

    /**
     * About how many results {@link #read} will give for {@code file}, found quickly without reading its
     * articles: for a progress bar's total. One, unless the format holds several articles.
     */
    default int count(Path file) {
        return 1;
    }

    /** Reads {@code file} under its own path as the source. */
    default List<ReadResult> read(Path file) {
        return read(file, file.toString());
    }
}
