package eu.integrationlab.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

import java.util.List;

/**
 * {@code {"type": "elision", "articles": ["l", "d", ...], "articles_case": true}}: removes
 * elided articles ("l'avion" -> "avion").
 *
 * <p>Elasticsearch instantiates every registered filter type once with empty settings for
 * each index, so this constructor must not fail without {@code articles}; in that case the
 * French default articles are used (which is also what the bare filter name {@code "elision"}
 * means on a cluster with analysis-common).
 */
@NamedComponent("elision")
public class ElisionTokenFilterFactory implements TokenFilterFactory {

    private final CharArraySet articles;

    @Inject
    public ElisionTokenFilterFactory(ElisionSettings settings) {
        List<String> configured = settings.articles();
        if (configured == null || configured.isEmpty()) {
            this.articles = FrenchAnalyzer.DEFAULT_ARTICLES;
        } else {
            this.articles = CharArraySet.unmodifiableSet(new CharArraySet(configured, settings.articlesCase()));
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ElisionFilter(tokenStream, articles);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
