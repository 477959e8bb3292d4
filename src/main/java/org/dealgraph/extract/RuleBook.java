package org.dealgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dealgraph.model.Fact;

/**
 * The rule files of {@code org/dealgraph/extract/rules/}, read and checked once, each with its interpreter, and
 * the Java callbacks their rules name. A sentence's facts are those of every file; no file reads what
 * another found, so their order changes only the order of the facts. Immutable and thread-safe.
 */
final class RuleBook {

    /** The rule files, one per kind of fact, in the order their facts are listed. */
    static final List<String> FILES = List.of("funding.yaml", "investment.yaml", "acquisition.yaml", "deal.yaml",
            "ownership.yaml", "role.yaml", "founder.yaml");
    private static final String BASE = "/org/dealgraph/extract/rules/";

    private final List<RuleInterpreter> interpreters;
    private final List<Rule> rules;
    private final List<Trigger> words;

    private RuleBook(List<List<Rule>> files, Map<String, RuleCallback> callbacks, List<Trigger> words, Yields yields) {
        List<RuleInterpreter> in = new ArrayList<>();
        List<Rule> all = new ArrayList<>();
        for (List<Rule> file : files) {
            in.add(new RuleInterpreter(file, callbacks, yields));
            all.addAll(file);
        }
        this.interpreters = List.copyOf(in);
        this.rules = List.copyOf(all);
        this.words = List.copyOf(words);
    }

    /** {@link #FILES}, then the rule file of each kind of fact defined by a kind file: {@code rules/ID.yaml}. */
    static List<String> files() {
        List<String> files = new ArrayList<>(FILES);
        DefinedFrame.all().forEach(d -> files.add(d.yamlName() + ".yaml"));
        return List.copyOf(files);
    }

    /** The rule files {@code names} (of {@link #FILES}), read in that order, their callbacks from {@code callbacks}. */
    static RuleBook load(List<String> names, Set<Rule.TriggerKey> triggers, Map<String, RuleCallback> callbacks) {
        return load(BASE, names, triggers, callbacks);
    }

    /** The rule files {@code names} of the classpath folder {@code base} ("/org/dealgraph/extract/rules/"). */
    static RuleBook load(String base, List<String> names, Set<Rule.TriggerKey> triggers, Map<String, RuleCallback> callbacks) {
        RuleFileReader reader = new RuleFileReader(triggers);
        List<List<Rule>> files = new ArrayList<>();
        for (String name : names) {
            files.add(read(reader, base, name));
        }
        check(files, callbacks);
        return new RuleBook(files, callbacks, reader.declared(), reader.yields());
    }

    private static List<Rule> read(RuleFileReader reader, String base, String name) {
        try (InputStream in = RuleBook.class.getResourceAsStream(base + name)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file on the classpath: " + base + name);
            }
            return reader.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
    }

    /** Ids unique across files; every callback a rule names is registered, every registered one named, each one way. */
    private static void check(List<List<Rule>> files, Map<String, RuleCallback> callbacks) {
        Map<String, Rule> ids = new HashMap<>();
        Map<String, Boolean> triggered = new HashMap<>();
        for (List<Rule> file : files) {
            for (Rule r : file) {
                Rule before = ids.put(r.id(), r);
                if (before != null) {
                    throw new RuleFileException(r.source(), "rule id '" + r.id() + "' is also given at " + before.source());
                }
                r.callback().ifPresent(name -> checkCallback(r, name, callbacks, triggered));
            }
        }
        Set<String> unnamed = new HashSet<>(callbacks.keySet());
        unnamed.removeAll(triggered.keySet());
        if (!unnamed.isEmpty()) {
            throw new IllegalStateException("callbacks no rule file names: " + unnamed);
        }
    }

    /** The callback is registered, and its rules all read triggers or all read none ({@code triggered} records which). */
    private static void checkCallback(Rule r, String name, Map<String, RuleCallback> callbacks, Map<String, Boolean> triggered) {
        if (!callbacks.containsKey(name)) {
            throw new RuleFileException(r.source(), "unknown callback '" + name + "' (known: "
                    + String.join(", ", new java.util.TreeSet<>(callbacks.keySet())) + ")");
        }
        Boolean was = triggered.put(name, !r.triggers().isEmpty());
        if (was != null && was != !r.triggers().isEmpty()) {
            throw new RuleFileException(r.source(), "the rules of callback '" + name + "' must all read triggers or all read none");
        }
    }

    /** The facts every rule file finds in the sentence, file by file. */
    List<Fact> apply(SentenceFacts f) {
        List<Fact> out = new ArrayList<>();
        for (RuleInterpreter i : interpreters) {
            out.addAll(i.apply(f));
        }
        return out;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The trigger words the rule files declare (those of the kinds defined by kind files). */
    List<Trigger> words() {
        return words;
    }

    /** The families and forms of trigger the rules read: those that set them off and those their operators seek. */
    Set<Rule.TriggerKey> triggersRead() {
        Set<Rule.TriggerKey> read = new HashSet<>();
        for (Rule r : rules) {
            read.addAll(r.triggers());
            java.util.stream.Stream.of(r.when(), r.unless(), r.frame().values(), r.moneyUnless())
                    .flatMap(java.util.Collection::stream)
                    .flatMap(a -> a.alternatives().stream())
                    .forEach(c -> c.trigger().ifPresent(read::add));
        }
        return Set.copyOf(read);
    }
}
