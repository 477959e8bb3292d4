package org.dealgraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads files and folders of articles with the reader for each format: plain text ({@code .txt}), Markdown
 * ({@code .md}, {@code .markdown}), HTML ({@code .html}, {@code .htm}), JSON ({@code .json}) and JSON Lines
 * ({@code .jsonl}).
 *
 * <p>Every input gets an outcome: folders are walked recursively in sorted order, skipping hidden files
 * and folders (names starting with a dot), symbolic links to folders, a folder's {@code README} files
 * (any extension: they document the folder, they are not articles) and files no reader knows; a file
 * named directly in a format no reader knows is rejected, and so is a path that does not exist. Files are
 * read lazily, as the stream is consumed.
 */
public final class ArticleFiles {

    private final Map<String, ArticleReader> readers = new LinkedHashMap<>();

    /** Reads with the default size limit of 10 MB per file. */
    public ArticleFiles() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** Reads files up to {@code maxBytes} each, rejecting larger ones. */
    public ArticleFiles(long maxBytes) {
        List<ArticleReader> all = List.of(new TextArticleReader(maxBytes), new MarkdownArticleReader(maxBytes),
                new HtmlArticleReader(maxBytes), new JsonArticleReader(maxBytes), new JsonLinesArticleReader(maxBytes));
        for (ArticleReader reader : all) {
            reader.extensions().forEach(extension -> readers.put(extension, reader));
        }
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
        Iterator<ReadResult> results = new Iterator<>() {
            private final Iterator<Path> inputs = List.copyOf(paths).iterator();
            private Iterator<Supplier<List<ReadResult>>> files = Collections.emptyIterator();
            private Iterator<ReadResult> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (files.hasNext()) {
                        current = files.next().get().iterator();
                    } else if (inputs.hasNext()) {
                        files = filesOf(inputs.next()).iterator();
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

    /** The files that {@code path} stands for, each as the reading still to be done. */
    private List<Supplier<List<ReadResult>>> filesOf(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try {
                collect(path, files);
            } catch (IOException e) {
                return List.of(() -> List.of(new ReadResult.Rejected(path.toString(),
                        "Folder cannot be read: " + e.getMessage() + ".")));
            }
            return files.stream().<Supplier<List<ReadResult>>>map(file -> () -> readerFor(file).orElseThrow().read(file))
                    .toList();
        }
        return List.of(() -> readFile(path));
    }

    private List<ReadResult> readFile(Path path) {
        if (!Files.exists(path)) {
            return List.of(new ReadResult.Rejected(path.toString(), "No such file or folder."));
        }
        Optional<ArticleReader> reader = readerFor(path);
        if (reader.isEmpty()) {
            return List.of(new ReadResult.Rejected(path.toString(), "Unsupported format: no reader for "
                    + describe(path) + "; dealgraph reads " + String.join(", ", new TreeSet<>(readers.keySet()))
                    + " files."));
        }
        return reader.get().read(path);
    }

    /** Adds the readable files under {@code folder}, depth first, each folder's entries sorted by name. */
    private void collect(Path folder, List<Path> files) throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(entry -> !isHiddenOrReadme(entry)).sorted().toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                collect(entry, files);
            } else if (Files.isRegularFile(entry) && readerFor(entry).isPresent()) {
                files.add(entry);
            }
        }
    }

    private static boolean isHiddenOrReadme(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(".") || name.toLowerCase(Locale.ROOT).matches("readme(\\..*)?");
    }

    private Optional<ArticleReader> readerFor(Path file) {
        return extension(file).map(readers::get);
    }

    private static Optional<String> extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String describe(Path file) {
        return extension(file).map(extension -> "." + extension + " files").orElse("files without an extension");
    }
}
