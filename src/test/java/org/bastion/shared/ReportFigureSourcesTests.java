package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.security.SystemTask;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportWindow;
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

	/** The demo county, which the suite's demo fills with a month of activity. */
	private static final String COUNTY = "511528";

	@Autowired
	List<ReportFigureSource> sources;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	FieldClock clock;

	@Test
	void everyModuleWithCountableFactsIsASource() {
		assertThat(sources).extracting(source -> source.getClass().getName().replaceAll("\\$\\$.*", ""))
			.contains("org.bastion.arrivals.ArrivalFigures", "org.bastion.cases.CaseFigures",
					"org.bastion.observation.ObservationFigures", "org.bastion.isolation.IsolationFigures",
					"org.bastion.pushedlists.PushedListFigures", "org.bastion.rounds.RoundFigures",
					"org.bastion.checkin.CheckInFigures", "org.bastion.checkpoint.PassageFigures");
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

	/**
	 * A chart's month asked at once equals the month asked window by window, for every source, over the demo
	 * county's month of activity and the other tests' records: by a 16:00 cut-off and a midnight one, and
	 * for windows that do not follow each other (which a source answers one by one).
	 */
	@Test
	void everySourcesTotalsOfManyWindowsEqualItsCountsWindowByWindow() {
		String county = SystemTask.call(() -> jurisdictions.find(COUNTY)).orElseThrow().path().likePattern();
		for (LocalTime cutoff : List.of(LocalTime.of(16, 0), LocalTime.MIDNIGHT)) {
			List<ReportWindow> month = new ArrayList<>();
			for (LocalDate date = clock.today().minusDays(40); !date.isAfter(clock.today().plusDays(1)); date = date.plusDays(1)) {
				month.add(window(date, cutoff));
			}
			assertTotalsEqualCounts(month, county);
			assertTotalsEqualCounts(List.of(month.get(3), month.get(1), month.get(30)), county);
		}
	}

	private void assertTotalsEqualCounts(List<ReportWindow> windows, String scope) {
		for (ReportFigureSource source : sources) {
			List<Map<String, Long>> totals = source.totals(windows, scope);
			assertThat(totals).hasSameSizeAs(windows);
			for (int i = 0; i < windows.size(); i++) {
				Map<String, Long> expected = new HashMap<>();
				for (PlaceCount count : source.counts(windows.get(i), scope)) {
					expected.merge(count.figure(), count.count(), Long::sum);
				}
				expected.values().removeIf(n -> n == 0);
				Map<String, Long> actual = new HashMap<>(totals.get(i));
				actual.values().removeIf(n -> n == 0);
				assertThat(actual).as("%s on %s", source.getClass().getSimpleName(), windows.get(i).date())
					.isEqualTo(expected);
			}
		}
	}

	private ReportWindow window(LocalDate date, LocalTime cutoff) {
		ZoneId zone = clock.zone();
		Instant to = cutoff.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
				: date.atTime(cutoff).atZone(zone).toInstant();
		return new ReportWindow(date, to.minus(Duration.ofDays(1)), to);
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
