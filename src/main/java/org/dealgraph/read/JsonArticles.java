package org.dealgraph.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One JSON object to an article's fields, by the keys {@link FieldMap} knows; shared by the JSON readers. */
final class JsonArticles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private JsonArticles() {
    }

    /**
     * The fields of the article object in {@code json}; {@code firstLine} is the file line the JSON starts
     * on, so that a syntax error names the file's own line. Rejects malformed JSON and values that are not
     * objects.
     */
    static ArticleFields fields(String json, int firstLine) throws UnreadableInputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableInputException("Malformed JSON" + where(e.getLocation(), firstLine) + ": "
                    + firstLineOf(e.getOriginalMessage()) + ".");
        }
        if (node == null || node.isMissingNode()) {
            throw new UnreadableInputException("No JSON value: the file holds only blank space.");
        }
        if (!node.isObject()) {
            throw new UnreadableInputException("JSON value is " + kind(node) + ", not an article object.");
        }
        Map<String, Object> values = MAPPER.convertValue(node, OBJECT);
        return new FieldMap(values).fields(Optional.empty());
    }

    private static String where(JsonLocation location, int firstLine) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + (location.getLineNr() + firstLine - 1) + ", column " + location.getColumnNr();
    }

    private static String firstLineOf(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String kind(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
