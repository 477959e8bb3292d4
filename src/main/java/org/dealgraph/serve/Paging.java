package org.dealgraph.serve;

/**
 * Where one page of a long list of facts sits in the whole list.
 *
 * @param page  the page shown, from 1
 * @param size  the most facts a page holds
 * @param total the facts in the whole list
 */
record Paging(int page, int size, int total) {

    Paging {
        if (page < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("no such page: " + page + " of " + size + " from " + total);
        }
    }

    /** How many pages the list fills (at least one). */
    int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The position in the whole list of the page's first fact, from 0. */
    int first() {
        return (page - 1) * size;
    }

    /** The position in the whole list just after the page's last fact. */
    int end() {
        return Math.min(total, first() + size);
    }

    /** Whether the page is one of the list's. */
    boolean exists() {
        return page <= pages();
    }
}
