package org.dealgraph.serve;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/** JSON string escapes that also write {@code < > & '} as {@code \\u} escapes, so JSON never holds markup. */
final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
