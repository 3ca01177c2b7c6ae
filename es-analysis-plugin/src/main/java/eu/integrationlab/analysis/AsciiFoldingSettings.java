package eu.integrationlab.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Settings of the {@code asciifolding} filter (same keys as Elastic's analysis-common). */
@AnalysisSettings
public interface AsciiFoldingSettings {

    /** Emit the original token as well as the folded one. */
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
}
