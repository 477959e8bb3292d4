package org.dealgraph.read;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads files and folders of articles with the reader for each format: plain text ({@code .txt}), Markdown
 * ({@code .md}, {@code .markdown}), HTML ({@code .html}, {@code .htm}), JSON ({@code .json}) and JSON Lines
 * ({@code .jsonl}).
 *
 * <p>Every input gets an outcome: folders are walked recursively in sorted order, skipping hidden files
 * and folders (names starting with a dot), a folder's {@code README} files (any extension: they document
 * the folder, they are not articles) and files no reader knows; a file named directly in a format no reader
 * knows is rejected, and so is a path that does not exist. Only regular files are read, within the size
 * limit; symbolic links are followed only as far as the folders given, unless told otherwise (see
 * {@link InputWalk}, which also says what name each article is stored under). Files are read lazily, as the
 * stream is consumed.
 */
public final class ArticleFiles {

    private final Map<String, ArticleReader> readers = new LinkedHashMap<>();
    private final boolean followLinks;

    /** Reads with the default size limit of 10 MB per file. */
    public ArticleFiles() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** Reads files up to {@code maxBytes} each, rejecting larger ones; links stay inside the folders given. */
    public ArticleFiles(long maxBytes) {
        this(maxBytes, false);
    }

    /**
     * Reads files up to {@code maxBytes} each, rejecting larger ones; follows symbolic links that lead outside
     * the folders given only when {@code followLinks}.
     */
    public ArticleFiles(long maxBytes, boolean followLinks) {
        List<ArticleReader> all = List.of(new TextArticleReader(maxBytes), new MarkdownArticleReader(maxBytes),
                new HtmlArticleReader(maxBytes), new JsonArticleReader(maxBytes), new JsonLinesArticleReader(maxBytes));
        for (ArticleReader reader : all) {
            reader.extensions().forEach(extension -> readers.put(extension, reader));
        }
        this.followLinks = followLinks;
    }

    /** The file name endings read, lower case, without the dot, in a fixed order. */
    public List<String> extensions() {
        return List.copyOf(readers.keySet());
    }

    /**
     * The outcomes of reading {@code paths}, in order: each file's results, folders' files in sorted order.
     * The stream is lazy: a file is read only when its results are asked for, so a caller that takes them
     * one at a time holds one file's articles at a time, however large the folders are. (Folders are
     * listed up front, their files' paths only.)
     */
    public Stream<ReadResult> read(List<Path> paths) {
        InputWalk walk = walk(paths);
        Iterator<ReadResult> results = new Iterator<>() {
            private final Iterator<Path> inputs = List.copyOf(paths).iterator();
            private Iterator<InputWalk.Found> files = Collections.emptyIterator();
            private Iterator<ReadResult> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (files.hasNext()) {
                        current = read(files.next()).iterator();
                    } else if (inputs.hasNext()) {
                        files = walk.of(inputs.next()).iterator();
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public ReadResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * About how many results {@link #read} will give for {@code paths}: the folders are walked as reading
     * walks them and each file's records counted without reading its articles. For a progress bar's total;
     * the count can be a little off (a feed rejected whole gives one result).
     */
    public int count(List<Path> paths) {
        InputWalk walk = walk(paths);
        int inputs = 0;
        for (Path path : paths) {
            for (InputWalk.Found found : walk.of(path)) {
                inputs += found instanceof InputWalk.ToRead file
                        ? readerFor(String.valueOf(file.file().getFileName())).map(r -> r.count(file.file())).orElse(1)
                        : 1;
            }
        }
        return inputs;
    }

    private InputWalk walk(List<Path> paths) {
        return new InputWalk(paths, file -> readerFor(String.valueOf(file.getFileName())).isPresent(), followLinks);
    }

    /** The results of one thing the walk found: its articles, or its rejection. */
    private List<ReadResult> read(InputWalk.Found found) {
        if (found instanceof InputWalk.Refused refused) {
            return List.of(new ReadResult.Rejected(refused.source(), refused.reason()));
        }
        InputWalk.ToRead file = (InputWalk.ToRead) found;
        return read(FileContent.of(file.file()), file.source());
    }

    /**
     * The results of reading one file's {@code content}, stored under {@code source}, with the reader its name's
     * ending picks, as for a file named directly: a name no reader knows is rejected. For files listed elsewhere
     * than here (a Spark job lists a Hadoop file system's).
     */
    public List<ReadResult> read(FileContent content, String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        Optional<ArticleReader> reader = readerFor(name);
        if (reader.isEmpty()) {
            return List.of(new ReadResult.Rejected(source, "Unsupported format: no reader for "
                    + describe(name) + "; dealgraph reads "
                    + String.join(", ", new TreeSet<>(readers.keySet())) + " files."));
        }
        return reader.get().read(content, source);
    }

    /**
     * Whether a file found inside a folder given, at {@code path} from that folder ({@code /} between names), is
     * read, as a walk of the folder decides: not when a name on the way is hidden or a README, nor when no
     * reader knows its ending (such files are passed over without an outcome).
     */
    public boolean readsInFolder(String path) {
        List<String> names = List.of(path.split("/"));
        return names.stream().noneMatch(InputWalk::isHiddenOrReadme)
                && readerFor(names.get(names.size() - 1)).isPresent();
    }

    /** The reader for a file named {@code name} (the last part of its path). */
    private Optional<ArticleReader> readerFor(String name) {
        return extension(name).map(readers::get);
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String describe(String name) {
        return extension(name).map(extension -> "." + extension + " files").orElse("files without an extension");
    }
}
