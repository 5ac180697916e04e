package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module that holds countable facts joins the daily report as a bean of the figure port, and the
 * report can name each figure: keys unique across sources, each figure and each section labelled in the
 * three languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFigureSourcesTests {

	private static final List<String> LANGUAGES = List.of("", "_zh_TW", "_en");

	@Autowired
	List<ReportFigureSource> sources;

	@Test
	void everyModuleWithCountableFactsIsASource() {
		assertThat(sources).extracting(source -> source.getClass().getName().replaceAll("\\$\\$.*", ""))
			.contains("org.bastion.arrivals.ArrivalFigures", "org.bastion.cases.CaseFigures",
					"org.bastion.observation.ObservationFigures", "org.bastion.isolation.IsolationFigures",
					"org.bastion.pushedlists.PushedListFigures", "org.bastion.rounds.RoundFigures",
					"org.bastion.checkin.CheckInFigures");
	}

	@Test
	void everyFigureKeyIsUniqueAndOfItsModule() {
		Set<String> keys = new HashSet<>();
		for (ReportFigureSource source : sources) {
			String module = source.getClass().getPackageName().substring("org.bastion.".length());
			assertThat(source.figures()).as("figures of %s", source.getClass().getSimpleName()).isNotEmpty();
			for (ReportFigure figure : source.figures()) {
				assertThat(keys.add(figure.key())).as("%s is counted once", figure.key()).isTrue();
				assertThat(figure.key()).matches(module + "\\.[a-z][A-Za-z]*");
				assertThat(figure.group()).matches("[a-z][A-Za-z]*");
			}
		}
	}

	@Test
	void everyFigureAndSectionHasItsLabelInEveryLanguage() throws IOException {
		for (String language : LANGUAGES) {
			Properties messages = messages(language);
			for (ReportFigureSource source : sources) {
				for (ReportFigure figure : source.figures()) {
					assertThat(messages).as("labels in '%s'", language)
						.containsKeys("figure." + figure.key(), "figure.group." + figure.group());
				}
			}
		}
	}

	/** Every bundle of one language, merged: a figure's label may sit in its module's bundle. */
	private static Properties messages(String language) throws IOException {
		Properties merged = new Properties();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			String name = bundle.getFilename();
			String of = name.endsWith("_zh_TW.properties") ? "_zh_TW" : name.endsWith("_en.properties") ? "_en" : "";
			if (of.equals(language)) {
				try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					merged.load(reader);
				}
			}
		}
		return merged;
	}
}
