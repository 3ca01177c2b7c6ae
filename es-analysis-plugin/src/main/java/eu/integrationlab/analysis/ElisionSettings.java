package eu.integrationlab.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

import java.util.List;

/** Settings of the {@code elision} filter (same keys as Elastic's analysis-common). */
@AnalysisSettings
public interface ElisionSettings {

    /** Articles to strip, e.g. ["l", "d", "qu"]. */
    @ListSetting(path = "articles")
    List<String> articles();

    /** When true, articles are matched case-insensitively (Elastic's semantics of this flag). */
    @BooleanSetting(path = "articles_case", defaultValue = false)
    boolean articlesCase();
}
