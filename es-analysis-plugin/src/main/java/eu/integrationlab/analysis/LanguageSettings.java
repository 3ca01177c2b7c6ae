package eu.integrationlab.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** The {@code language} setting shared by the {@code stemmer} and {@code lowercase} filters. */
@AnalysisSettings
public interface LanguageSettings {

    @StringSetting(path = "language", defaultValue = "")
    String language();

    /** Elastic's stemmer also accepts {@code name} as an alias of {@code language}. */
    @StringSetting(path = "name", defaultValue = "")
    String nameAlias();
}
