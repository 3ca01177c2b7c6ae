package eu.integrationlab.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code {"type": "asciifolding", "preserve_original": false}}: folds non-ASCII letters
 * to their ASCII equivalent ("Skåne" -> "Skane").
 */
@NamedComponent("asciifolding")
public class AsciiFoldingTokenFilterFactory implements TokenFilterFactory {

    private final boolean preserveOriginal;

    @Inject
    public AsciiFoldingTokenFilterFactory(AsciiFoldingSettings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    /** Also applied to keyword normalizers and multi-term (prefix/wildcard) queries. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        // Never keep the original in a normalizer: it must yield exactly one token.
        return new ASCIIFoldingFilter(tokenStream, false);
    }
}
