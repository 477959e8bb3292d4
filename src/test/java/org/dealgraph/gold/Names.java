package org.dealgraph.gold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps any surface name to a comparison key: accents dropped, lower case, {@code &} read as "and", dotted
 * initials joined ({@code U.S.} is {@code us}), a possessive {@code 's} dropped, punctuation read as space,
 * a leading "the" and trailing corporate suffixes (Inc., Corp., Ltd., plc, Group, Holdings...) removed; then,
 * through the gold aliases, to the key of the entity's canonical name.
 */
public final class Names {

    private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "company", "ltd", "limited", "llc", "plc", "ag", "sa", "se", "nv", "gmbh", "group", "holdings", "lp", "llp");
    private static final int UNICODE = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INITIALS = Pattern.compile("\\b((?:[a-z]\\.){2,})", UNICODE);
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b", UNICODE);
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\w\\s]", UNICODE);
    /** Short and spelled-out forms of titles, read as one; applied in this order. */
    private static final Map<String, String> TITLE_WORDS = titleWords();

    private final Map<String, String> canonical = new HashMap<>();

    /** @param aliases canonical name to its other names */
    Names(Map<String, List<String>> aliases) {
        aliases.forEach((name, others) -> {
            canonical.put(key(name), key(name));
            others.forEach(other -> canonical.put(key(other), key(name)));
        });
    }

    /** The comparison key of a name, without aliases. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        Matcher initials = INITIALS.matcher(s);
        s = initials.replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace(".", "")));
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        List<String> words = new ArrayList<>(Arrays.asList(s.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** The key of the canonical name of the entity this name stands for. */
    String canon(String name) {
        String key = key(name);
        return canonical.getOrDefault(key, key);
    }

    /** A gold argument: {@code "A|B"} means either name is right. */
    Set<String> alternatives(String spec) {
        Set<String> keys = new TreeSet<>();
        for (String part : spec.split("\\|")) {
            if (!part.isBlank()) {
                keys.add(canon(part));
            }
        }
        return Set.copyOf(keys);
    }

    /** A title's comparison form: {@code CEO}, {@code chief executive} and {@code Chief Executive Officer} agree. */
    static String title(String title) {
        String s = key(title).replace("co founder", "co-founder");
        for (Map.Entry<String, String> word : TITLE_WORDS.entrySet()) {
            s = Pattern.compile("\\b" + Pattern.quote(word.getKey()) + "\\b", UNICODE).matcher(s)
                    .replaceAll(Matcher.quoteReplacement(word.getValue()));
        }
        return s.replace("officer officer", "officer").trim();
    }

    private static Map<String, String> titleWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("ceo", "chief executive officer");
        words.put("chief executive", "chief executive officer");
        words.put("cfo", "chief financial officer");
        words.put("chief financial", "chief financial officer");
        words.put("cto", "chief technology officer");
        words.put("coo", "chief operating officer");
        words.put("cio", "chief investment officer");
        words.put("chair", "chairman");
        words.put("chairwoman", "chairman");
        words.put("chairperson", "chairman");
        words.put("cofounder", "co-founder");
        words.put("co founder", "co-founder");
        return words;
    }
}
