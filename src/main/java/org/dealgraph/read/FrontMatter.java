package org.dealgraph.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown file split into its YAML front matter and its body. Front matter is a block at the very top
 * of the file that opens with a line {@code ---} and closes with a line {@code ---} (or {@code ...}); a file
 * without one has no keyed values and is all body.
 *
 * @param values the front matter's keys and values (SnakeYAML's safe types), empty without front matter
 * @param body   the Markdown after the front matter
 */
record FrontMatter(Map<?, ?> values, String body) {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\n");
    private static final Pattern CLOSING = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$\\n?");

    FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(body, "body");
    }

    /** Splits {@code text} (line endings normalised); rejects front matter that is unclosed or not valid YAML. */
    static FrontMatter split(String text) throws UnreadableInputException {
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            return new FrontMatter(Map.of(), text);
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end())) {
            throw new UnreadableInputException(
                    "Broken YAML front matter: it opens with '---' on line 1 but no '---' line closes it.");
        }
        String yaml = text.substring(opening.end(), closing.start());
        return new FrontMatter(parse(yaml), text.substring(closing.end()));
    }

    private static Map<?, ?> parse(String yaml) throws UnreadableInputException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            throw new UnreadableInputException("Broken YAML front matter" + where(e.getProblemMark()) + ": "
                    + e.getProblem() + ".");
        } catch (YAMLException e) {
            throw new UnreadableInputException("Broken YAML front matter: " + e.getMessage() + ".");
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new UnreadableInputException("Broken YAML front matter: it is not a set of 'key: value' lines.");
        }
        return withoutNulls(map);
    }

    /** The position in the file's own lines: the front matter starts on line 2. */
    private static String where(Mark mark) {
        return mark == null ? "" : " at line " + (mark.getLine() + 2) + ", column " + (mark.getColumn() + 1);
    }

    private static Map<?, ?> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
