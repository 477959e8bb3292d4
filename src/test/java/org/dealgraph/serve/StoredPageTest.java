package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dealgraph.store.StoreState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page kept beside its store is the page while the store and the build are those it was made for. */
class StoredPageTest {

    @TempDir
    Path dir;

    private final AtomicInteger makings = new AtomicInteger();
    private final AtomicReference<String> digest = new AtomicReference<>("a1");

    private Supplier<Optional<StoreState>> state() {
        return () -> Optional.of(new StoreState(dir, digest.get()));
    }

    /** A making that counts itself and tells which making it was. */
    private String make() {
        return "<p>page " + makings.incrementAndGet() + " of " + digest.get() + "</p>";
    }

    private Supplier<String> page(String build) {
        return new StoredPage("front.cache", state(), build).around(this::make);
    }

    @Test
    void aServerStartedAnewOnTheSameStoreReadsThePageInsteadOfMakingIt() {
        assertEquals("<p>page 1 of a1</p>", page("b1").get());
        assertEquals("<p>page 1 of a1</p>", page("b1").get(), "a new server, the same store and build");
        assertEquals(1, makings.get());
    }

    @Test
    void aChangedStoreOrAnotherBuildMakesThePageAgain() {
        page("b1").get();
        digest.set("a2");
        assertEquals("<p>page 2 of a2</p>", page("b1").get());
        assertEquals("<p>page 3 of a2</p>", page("b2").get());
        assertEquals("<p>page 3 of a2</p>", page("b2").get());
        digest.set("a1");
        assertEquals("<p>page 4 of a1</p>", page("b2").get(), "one page is kept: the last one made");
    }

    @Test
    void aPageDuringWhoseMakingTheStoreChangedIsNotKept() {
        Supplier<String> racing = new StoredPage("front.cache", state(), "b1").around(() -> {
            String made = make();
            digest.set("a2");
            return made;
        });
        assertEquals("<p>page 1 of a1</p>", racing.get());
        assertFalse(Files.exists(dir.resolve("front.cache")));
        digest.set("a1");
        assertEquals("<p>page 2 of a1</p>", page("b1").get());
    }

    @Test
    void withoutAStoreOnDiskEveryMakingMakes() {
        Supplier<String> page = new StoredPage("front.cache", Optional::empty, "b1").around(this::make);
        page.get();
        page.get();
        assertEquals(2, makings.get());
    }

    @Test
    void anUnwritableDirectoryOnlyCostsTheMakings() throws IOException {
        digest.set("a1");
        Path missing = dir.resolve("gone");
        Supplier<String> page = new StoredPage("front.cache", () -> Optional.of(new StoreState(missing, "a1")), "b1")
                .around(this::make);
        assertEquals("<p>page 1 of a1</p>", page.get());
        assertEquals("<p>page 2 of a1</p>", page.get());
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.findAny().isEmpty(), "nothing written anywhere else");
        }
    }
}
