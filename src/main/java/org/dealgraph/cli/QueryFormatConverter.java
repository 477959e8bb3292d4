package org.dealgraph.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Reads {@code --format} for queries, in lower case, naming the choices when the value is unknown. */
final class QueryFormatConverter implements CommandLine.ITypeConverter<QueryFormat> {

    @Override
    public QueryFormat convert(String value) {
        try {
            return QueryFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String choices = Arrays.stream(QueryFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new CommandLine.TypeConversionException("unknown format '" + value + "'; choose one of " + choices);
        }
    }
}
