package eu.integrationlab.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code {"type": "lowercase", "language": "greek"}} (also "irish", "turkish"; no language =
 * plain lowercasing).
 *
 * <p>This only adds the configurable filter <em>type</em> {@code lowercase}. Core Elasticsearch
 * keeps its own pre-configured filter <em>name</em> {@code lowercase}, which is what a bare
 * {@code "filter": ["lowercase"]} resolves to (pre-configured filters take precedence for the
 * un-configured default instance), so the two do not clash.
 */
@NamedComponent("lowercase")
public class LowercaseTokenFilterFactory implements TokenFilterFactory {

    private final UnaryOperator<TokenStream> filter;
    /** Non-null when the configured language is unsupported; reported by {@link #create}. */
    private final String error;

    @Inject
    public LowercaseTokenFilterFactory(LanguageSettings settings) {
        String language = settings.language() == null ? "" : settings.language().trim().toLowerCase(Locale.ROOT);
        UnaryOperator<TokenStream> f;
        String err = null;
        switch (language) {
            case "":
                f = LowerCaseFilter::new;
                break;
            case "greek":
                f = GreekLowerCaseFilter::new;
                break;
            case "irish":
                f = IrishLowerCaseFilter::new;
                break;
            case "turkish":
                f = TurkishLowerCaseFilter::new;
                break;
            default:
                f = null;
                err = "language [" + settings.language() + "] not supported for lower case (filter type [lowercase], plugin "
                    + "[lab-analysis]); supported: greek, irish, turkish, or no language";
        }
        this.filter = f;
        this.error = err;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // Thrown here rather than in the constructor: Elasticsearch wraps constructor exceptions of
        // stable plugins in an IllegalStateException (HTTP 500); an IllegalArgumentException from
        // create() is reported as a 400 when the index's analyzers are built.
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return filter.apply(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
