package org.dealgraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns the paths given to an ingest into the files to read, each with the name it is stored under, and the
 * inputs refused before any reading, each with its reason.
 *
 * <p>Only regular files are read: a named pipe, a device or a socket is refused by its type, without being
 * opened. A folder's files are named by their path from the folder that holds the given folder, so
 * {@code news/2024/deal.txt} whether the folder was given as {@code news} or by an absolute path; a file
 * given directly is named by its file name. No absolute path of the ingesting machine is stored.
 *
 * <p>Within a folder, a symbolic link to a file inside one of the folders given is read under the link's
 * name; a link to a folder inside them is skipped (its files are read where they are). A link that leads
 * outside the folders given is refused unless links are followed ({@code ingest --follow-links}), and a
 * broken link is refused. A path given directly is the user's own choice: when it is a link, it is followed.
 */
final class InputWalk {

    /** One thing the walk found: a file to read, or an input refused with its reason. */
    sealed interface Found {
    }

    /** A file to read: {@code file} is the path to open, {@code source} the name it is stored under. */
    record ToRead(Path file, String source) implements Found {
    }

    /** An input refused before reading. */
    record Refused(String source, String reason) implements Found {
    }

    private static final String OUTSIDE = "Symbolic link leads outside the folders given, so it is not followed; "
            + "give --follow-links to read what it leads to.";

    private final Predicate<Path> readable;
    private final boolean followLinks;
    private final List<Path> roots;
    /** The real paths of the folders walked so far, so that a followed link cannot lead round in a circle. */
    private final Set<Path> walked = new HashSet<>();

    /**
     * A walk over {@code given}, reading files {@code readable} accepts (by name), following links that lead
     * outside the given folders only when {@code followLinks}.
     */
    InputWalk(List<Path> given, Predicate<Path> readable, boolean followLinks) {
        this.readable = readable;
        this.followLinks = followLinks;
        this.roots = given.stream().filter(Files::isDirectory).map(InputWalk::realPath)
                .filter(path -> path != null).toList();
    }

    /** What one given path stands for: itself as a file, or a folder's files in sorted order. */
    List<Found> of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return List.of(new Refused(path.toString(), Files.isSymbolicLink(path)
                    ? "Broken symbolic link: what it leads to does not exist." : "No such file or folder."));
        } catch (IOException e) {
            return List.of(new Refused(path.toString(), "Cannot be read: " + e.getMessage() + "."));
        }
        if (attributes.isDirectory()) {
            List<Found> found = new ArrayList<>();
            try {
                Path folder = path.toRealPath();
                walked.add(folder);
                collect(folder, nameOf(path), found);
            } catch (IOException e) {
                return List.of(new Refused(path.toString(), "Folder cannot be read: " + e.getMessage() + "."));
            }
            return found;
        }
        if (!attributes.isRegularFile()) {
            return List.of(new Refused(path.toString(), SpecialFiles.refusal(path)));
        }
        return List.of(new ToRead(path, nameOf(path)));
    }

    /** Adds what {@code folder} holds, depth first, each folder's entries sorted by name. */
    private void collect(Path folder, String prefix, List<Found> found) throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(entry -> !isHiddenOrReadme(entry.getFileName().toString())).sorted().toList();
        }
        for (Path entry : entries) {
            String source = (prefix.isEmpty() ? "" : prefix + "/") + entry.getFileName();
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                collect(entry, source, found);
            } else if (attributes.isSymbolicLink()) {
                link(entry, source, found);
            } else if (readable.test(entry)) {
                found.add(attributes.isRegularFile() ? new ToRead(entry, source)
                        : new Refused(source, SpecialFiles.refusal(entry)));
            }
        }
    }

    /** Adds what the link {@code entry} leads to, within the rules on links. */
    private void link(Path entry, String source, List<Found> found) throws IOException {
        Path target;
        try {
            target = entry.toRealPath();
        } catch (NoSuchFileException e) {
            if (readable.test(entry)) {
                found.add(new Refused(source, "Broken symbolic link: what it leads to does not exist."));
            }
            return;
        }
        boolean inside = roots.stream().anyMatch(target::startsWith);
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            if (!inside && !followLinks) {
                found.add(new Refused(source, OUTSIDE));
            } else if (!inside && walked.add(target)) {
                collect(target, source, found);
            }
        } else if (readable.test(entry)) {
            if (!inside && !followLinks) {
                found.add(new Refused(source, OUTSIDE));
            } else {
                found.add(attributes.isRegularFile() ? new ToRead(target, source)
                        : new Refused(source, SpecialFiles.refusal(target)));
            }
        }
    }

    /** The name a given path's files are stored under: its own name, or nothing for a file system root. */
    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether an entry of a folder named {@code name} is passed over: hidden, or a README of the folder. */
    static boolean isHiddenOrReadme(String name) {
        return name.startsWith(".") || name.toLowerCase(Locale.ROOT).matches("readme(\\..*)?");
    }
}
