package org.dealgraph.resolve;

import org.dealgraph.model.ExtractedArticle;
import org.dealgraph.model.ResolvedArticle;

/**
 * Ties an article's entity references and facts to identities shared across articles: one key per real
 * organization, person, deal, investment, round or acquisition. Thread-safe.
 */
public interface Resolver {

    ResolvedArticle resolve(ExtractedArticle article);
}
