package org.dealgraph.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** PLACEHOLDER (replaced by the read stage's author): reads files and folders with the reader for each format. */
public final class ArticleFiles {

    public Stream<ReadResult> read(List<Path> paths) {
        throw new UnsupportedOperationException("placeholder: being written");
    }
}
