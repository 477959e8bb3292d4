package org.dealgraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

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

    /** The outcomes of reading {@code paths}, in order: each file's results, folders' files in sorted order. */
    public Stream<ReadResult> read(List<Path> paths) {
        return paths.stream().flatMap(this::readPath);
    }

    private Stream<ReadResult> readPath(Path path) {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.exists(path)) {
            return Stream.of(new ReadResult.Rejected(path.toString(), "No such file or folder."));
        }
        Optional<ArticleReader> reader = readerFor(path);
        if (reader.isEmpty()) {
            return Stream.of(new ReadResult.Rejected(path.toString(), "Unsupported format: no reader for "
                    + describe(path) + "; dealgraph reads " + String.join(", ", new TreeSet<>(readers.keySet()))
                    + " files."));
        }
        return reader.get().read(path).stream();
    }

    private Stream<ReadResult> readFolder(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            collect(folder, files);
        } catch (IOException e) {
            return Stream.of(new ReadResult.Rejected(folder.toString(), "Folder cannot be read: " + e.getMessage() + "."));
        }
        return files.stream().flatMap(file -> readerFor(file).orElseThrow().read(file).stream());
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
