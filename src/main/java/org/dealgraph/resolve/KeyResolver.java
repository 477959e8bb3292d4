package org.dealgraph.resolve;

import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.ResolvedArticle;

/** PLACEHOLDER (replaced by the resolve stage's author). */
public final class KeyResolver implements Resolver {

    public static KeyResolver load() {
        return new KeyResolver();
    }

    @Override
    public ResolvedArticle resolve(ExtractedArticle article) {
        throw new UnsupportedOperationException("placeholder: being written");
    }
}
