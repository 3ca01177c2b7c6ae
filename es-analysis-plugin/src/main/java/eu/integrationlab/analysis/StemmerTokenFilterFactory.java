package eu.integrationlab.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * {@code {"type": "stemmer", "language": "light_french"}} with the language names of Elastic's
 * analysis-common stemmer (a subset: the languages this project indexes plus a few common
 * extras). Without a language it stems English with Porter, like Elastic's default.
 */
@NamedComponent("stemmer")
public class StemmerTokenFilterFactory implements TokenFilterFactory {

    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS;

    static {
        Map<String, UnaryOperator<TokenStream>> m = new TreeMap<>();
        // English
        m.put("english", PorterStemFilter::new);
        m.put("porter", PorterStemFilter::new);
        m.put("porter2", snowball(EnglishStemmer::new));
        m.put("light_english", KStemFilter::new);
        m.put("kstem", KStemFilter::new);
        m.put("minimal_english", EnglishMinimalStemFilter::new);
        m.put("possessive_english", EnglishPossessiveFilter::new);
        // French
        m.put("french", snowball(FrenchStemmer::new));
        m.put("light_french", FrenchLightStemFilter::new);
        m.put("minimal_french", FrenchMinimalStemFilter::new);
        // German
        m.put("german", snowball(GermanStemmer::new));
        m.put("german2", snowball(German2Stemmer::new));
        m.put("light_german", GermanLightStemFilter::new);
        m.put("minimal_german", GermanMinimalStemFilter::new);
        // Spanish
        m.put("spanish", snowball(SpanishStemmer::new));
        m.put("light_spanish", SpanishLightStemFilter::new);
        m.put("spanish_plural", SpanishPluralStemFilter::new);
        // Italian
        m.put("italian", snowball(ItalianStemmer::new));
        m.put("light_italian", ItalianLightStemFilter::new);
        // Greek (expects input lowercased with the greek lowercase filter)
        m.put("greek", GreekStemFilter::new);
        // Portuguese
        m.put("portuguese", snowball(PortugueseStemmer::new));
        m.put("light_portuguese", PortugueseLightStemFilter::new);
        m.put("minimal_portuguese", PortugueseMinimalStemFilter::new);
        m.put("portuguese_rslp", PortugueseStemFilter::new);
        // Swedish
        m.put("swedish", snowball(SwedishStemmer::new));
        m.put("light_swedish", SwedishLightStemFilter::new);
        // A few extras
        m.put("danish", snowball(DanishStemmer::new));
        m.put("dutch", snowball(DutchStemmer::new));
        m.put("finnish", snowball(FinnishStemmer::new));
        m.put("light_finnish", FinnishLightStemFilter::new);
        m.put("norwegian", snowball(NorwegianStemmer::new));
        m.put("russian", snowball(RussianStemmer::new));
        m.put("light_russian", RussianLightStemFilter::new);
        STEMMERS = Collections.unmodifiableMap(m);
    }

    private static UnaryOperator<TokenStream> snowball(Supplier<SnowballStemmer> stemmer) {
        return ts -> new SnowballFilter(ts, stemmer.get());
    }

    private final UnaryOperator<TokenStream> stemmer;
    /** Non-null when the configured language is unknown; reported by {@link #create}. */
    private final String error;

    @Inject
    public StemmerTokenFilterFactory(LanguageSettings settings) {
        String language = firstNonBlank(settings.language(), settings.nameAlias(), "porter");
        UnaryOperator<TokenStream> s = STEMMERS.get(language.trim().toLowerCase(Locale.ROOT));
        this.stemmer = s;
        this.error = s != null
            ? null
            : "Unknown stemmer language [" + language + "] for filter type [stemmer] (plugin [lab-analysis]); supported: "
                + String.join(", ", STEMMERS.keySet());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && v.isBlank() == false) {
                return v;
            }
        }
        return "";
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // Thrown here rather than in the constructor: Elasticsearch wraps constructor exceptions of
        // stable plugins in an IllegalStateException (HTTP 500); an IllegalArgumentException from
        // create() is reported as a 400 when the index's analyzers are built.
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return stemmer.apply(tokenStream);
    }
}
