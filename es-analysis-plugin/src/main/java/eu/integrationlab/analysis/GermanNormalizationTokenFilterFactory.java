package eu.integrationlab.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code {"type": "german_normalization"}}: ä/ö/ü/ß and "ae"/"oe"/"ue" normalisation. */
@NamedComponent("german_normalization")
public class GermanNormalizationTokenFilterFactory implements TokenFilterFactory {

    public GermanNormalizationTokenFilterFactory() {}

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanNormalizationFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
