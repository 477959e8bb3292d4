package org.dealgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dealgraph.bench.CorpusGenerator;

/** The inputs the module's tests give both the job and {@code ingest}. */
final class TestInputs {

    /** The project's example articles. */
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    /** How many inputs {@link #badBatch} holds that {@code ingest} rejects. */
    static final int BAD_INPUTS = 5;

    /** How many articles {@link #badBatch} holds that {@code ingest} stores. */
    static final int GOOD_ARTICLES = 2;

    private TestInputs() {
    }

    /** {@code articles} generated articles of every format, as the bench writes them, in {@code folder}. */
    static Path corpus(Path folder, long seed, int articles) {
        new CorpusGenerator(seed, articles, 250).write(folder);
        return folder;
    }

    /**
     * Good articles among bad inputs, under {@code dir}: a folder with an article, an empty file, a file that is no
     * UTF-8 and a feed with one good and one bodiless record, then a file of no article format and a path that does
     * not exist. Returns the three paths to give.
     */
    static List<Path> badBatch(Path dir) {
        try {
            Path batch = Files.createDirectories(dir.resolve("batch"));
            Files.writeString(batch.resolve("deal.txt"), "Quillfeather Robotics agrees to buy Lanternworks\n\n"
                    + "Quillfeather Robotics said on Monday it agreed to buy Lanternworks for $12 million.\n");
            Files.writeString(batch.resolve("empty.md"), "");
            Files.write(batch.resolve("latin.txt"),
                    "Caf\u00e9 Nimbus raised money.".getBytes(StandardCharsets.ISO_8859_1));
            Files.writeString(batch.resolve("feed.jsonl"), "{\"title\": \"No body\"}\n{\"body\": \"Ardent Labs "
                    + "hired Mira Solberg as chief executive.\"}\n");
            Path notes = Files.writeString(dir.resolve("notes.docx"), "Not an article format.");
            return List.of(batch, notes, dir.resolve("absent.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Articles that two inputs hold, under {@code dir}: an example article in two folders, and a feed whose two
     * records give one URL with different text (an article updated). Returns the two folders to give.
     */
    static List<Path> repeats(Path dir) {
        try {
            Path first = Files.createDirectories(dir.resolve("first"));
            Path second = Files.createDirectories(dir.resolve("second"));
            Path example = EXAMPLES.resolve("2024-03-27-amazon-completes-anthropic-investment.txt");
            Files.copy(example, first.resolve("copy.txt"));
            Files.copy(example, second.resolve("copy.txt"));
            String record = "{\"url\": \"https://news.example/quillfeather\", \"title\": \"Quillfeather buys "
                    + "Lanternworks\", \"body\": \"Quillfeather Robotics said on %s it agreed to buy Lanternworks for "
                    + "$%d million.\"}\n";
            Files.writeString(first.resolve("feed.jsonl"),
                    record.formatted("Monday", 12) + record.formatted("Tuesday", 15));
            return List.of(first, second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
