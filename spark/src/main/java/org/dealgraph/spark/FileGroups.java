package org.dealgraph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The files of a run packed into a given number of groups of about equal text, one group per partition. The
 * stages take time in proportion to the text they read, so groups of equal bytes keep every core busy to the end,
 * whatever the files' sizes; no file is split, and nothing needs to move between partitions afterwards.
 *
 * <p>Largest first, each file goes to the group that holds the fewest bytes so far (ties to the group of lowest
 * index, files of one size in the order of their URIs), so the heaviest group holds at most one file's bytes more
 * than the lightest, and the same listing always packs the same way: a re-run writes the same parts.
 */
final class FileGroups {

    private FileGroups() {
    }

    /**
     * {@code files} packed into {@code count} groups, each in the order of its files' URIs; groups stay empty when
     * there are fewer files than groups. A file over {@code maxBytes} is rejected unread, so it weighs nothing.
     */
    static List<List<ListedFile>> pack(List<ListedFile> files, int count, long maxBytes) {
        if (count < 1) {
            throw new IllegalArgumentException("files are packed into at least one group, not " + count);
        }
        List<List<ListedFile>> groups = new ArrayList<>();
        long[] bytes = new long[count];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(group -> bytes[group]).thenComparingInt(group -> group));
        for (int group = 0; group < count; group++) {
            groups.add(new ArrayList<>());
            lightest.add(group);
        }
        List<ListedFile> largestFirst = files.stream().sorted(Comparator.comparingLong(
                (ListedFile file) -> weight(file, maxBytes)).reversed().thenComparing(ListedFile::uri)).toList();
        for (ListedFile file : largestFirst) {
            int group = lightest.remove();
            groups.get(group).add(file);
            bytes[group] += weight(file, maxBytes);
            lightest.add(group);
        }
        return groups.stream().map(group -> group.stream().sorted(Comparator.comparing(ListedFile::uri)).toList())
                .toList();
    }

    /** The bytes of text the stages take from {@code file}: none when it is over the limit. */
    static long weight(ListedFile file, long maxBytes) {
        return file.bytes() > maxBytes ? 0 : file.bytes();
    }
}
