package org.dealgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The packing of a run's files into partitions of about equal text. */
class FileGroupsTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Test
    void groupsDifferByAtMostTheLargestFile() {
        List<ListedFile> files = files(500, 3);
        long largest = files.stream().mapToLong(ListedFile::bytes).max().orElseThrow();
        for (int count : new int[] {1, 2, 7, 8, 64}) {
            List<Long> totals = FileGroups.pack(files, count, NO_LIMIT).stream().map(FileGroupsTest::bytes).toList();
            assertEquals(count, totals.size());
            long spread = Collections.max(totals) - Collections.min(totals);
            assertTrue(spread <= largest, count + " groups: " + totals + ", largest file " + largest);
        }
    }

    @Test
    void packsEveryFileOnceInTheOrderOfItsUri() {
        List<ListedFile> files = files(300, 5);
        List<List<ListedFile>> groups = FileGroups.pack(files, 8, NO_LIMIT);
        List<ListedFile> packed = groups.stream().flatMap(List::stream).sorted(Comparator.comparing(ListedFile::uri))
                .toList();
        assertEquals(files, packed);
        for (List<ListedFile> group : groups) {
            assertEquals(group.stream().sorted(Comparator.comparing(ListedFile::uri)).toList(), group);
        }
    }

    @Test
    void theSameFilesInAnyOrderPackTheSameWay() {
        List<ListedFile> files = files(200, 11);
        List<ListedFile> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(4));
        assertEquals(FileGroups.pack(files, 6, NO_LIMIT), FileGroups.pack(shuffled, 6, NO_LIMIT));
    }

    @Test
    void fewerFilesThanGroupsLeavesTheRestEmpty() {
        List<List<ListedFile>> groups = FileGroups.pack(files(3, 2), 8, NO_LIMIT);
        assertEquals(8, groups.size());
        assertEquals(List.of(1, 1, 1, 0, 0, 0, 0, 0), groups.stream().map(List::size).toList());
        assertEquals(List.of(List.of(), List.of()), FileGroups.pack(List.of(), 2, NO_LIMIT));
    }

    @Test
    void aFileOverTheLimitWeighsNothing() {
        // Rejected unread, it takes no time: its group still takes its share of the files that are read.
        List<ListedFile> files = List.of(file("huge", 1_000_000), file("a", 100), file("b", 100), file("c", 100),
                file("d", 100));
        List<List<ListedFile>> groups = FileGroups.pack(files, 2, 10_000);
        assertEquals(List.of(200L, 200L), groups.stream().map(group -> group.stream()
                .mapToLong(f -> FileGroups.weight(f, 10_000)).sum()).toList());
    }

    @Test
    void refusesNoGroups() {
        assertThrows(IllegalArgumentException.class, () -> FileGroups.pack(files(3, 1), 0, NO_LIMIT));
    }

    /** {@code count} files of sizes from a few hundred bytes to a hundred kilobytes, as a news folder holds. */
    private static List<ListedFile> files(int count, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, count)
                .mapToObj(i -> file(String.format("news/%04d.txt", i), 200 + (long) (random.nextDouble()
                        * random.nextDouble() * 100_000)))
                .toList();
    }

    private static ListedFile file(String name, long bytes) {
        return new ListedFile("file:/corpus/" + name, name, bytes);
    }

    private static long bytes(List<ListedFile> group) {
        return group.stream().mapToLong(ListedFile::bytes).sum();
    }
}
