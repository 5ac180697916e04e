package org.bastion.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.reporting.Rollups.DayFigures;
import org.bastion.shared.FieldClock;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The leaders' dashboard: the page with today's figures, and two fragments it loads: the live part (figures,
 * table, missing reports), which the wall screen polls, and the charts' history, fetched after the page shows
 * because it counts thirty days.
 */
@Controller
class DashboardController {

	static final String WALL = "wall";

	/** Told to the page with every live refresh, for the charts to follow the figures. */
	static final String REFRESHED = "dashboard-refreshed";

	private final Dashboard dashboard;

	private final Jurisdictions jurisdictions;

	private final FieldClock clock;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final Duration wallRefresh;

	DashboardController(Dashboard dashboard, Jurisdictions jurisdictions, FieldClock clock, MessageSource messages,
			ObjectMapper json, @Value("${bastion.dashboard.wall-refresh:60s}") Duration wallRefresh) {
		this.dashboard = dashboard;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
		this.messages = messages;
		this.json = json;
		this.wallRefresh = wallRefresh;
	}

	@GetMapping("/dashboard")
	String page(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String screen,
			Model model) {
		boolean blank = jurisdiction == null || jurisdiction.isBlank();
		DashboardView view;
		try {
			view = dashboard.today(jurisdiction);
		}
		catch (InvalidInputException noPlace) {
			if (!blank) {
				throw noPlace;
			}
			// A viewer whose area is the whole deployment picks one of its tops.
			model.addAttribute("tops", jurisdictions.tops());
			return "reporting/dashboard-choose";
		}
		live(view, screen, model);
		return "reporting/dashboard";
	}

	@GetMapping("/dashboard/live")
	String live(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String screen,
			Model model, HttpServletResponse response) {
		live(dashboard.today(jurisdiction), screen, model);
		response.setHeader("HX-Trigger", REFRESHED);
		return "reporting/dashboard :: live";
	}

	@GetMapping("/dashboard/trends")
	String trends(@RequestParam(required = false) String jurisdiction, Model model) {
		List<DayFigures> days = dashboard.history(jurisdiction);
		List<ReportFigure> catalogue = dashboard.catalogue();
		model.addAttribute("charts", json.writeValueAsString(charts(days, catalogue)));
		model.addAttribute("empty", catalogue.isEmpty());
		return "reporting/dashboard-trends :: trends";
	}

	private void live(DashboardView view, String screen, Model model) {
		model.addAttribute("view", view);
		boolean wall = WALL.equals(screen);
		model.addAttribute("wall", wall);
		// Links to other places keep the wall screen a wall screen.
		model.addAttribute("dashboardPath", wall ? "/dashboard?screen=" + WALL : "/dashboard");
		model.addAttribute("refreshSeconds", Math.max(1, wallRefresh.toSeconds()));
		model.addAttribute("zone", clock.zone());
	}

	/**
	 * One chart per report section, named in the viewer's language: flows (new arrivals, fevers) as bars,
	 * stocks (under observation now) as lines.
	 */
	private Map<String, Object> charts(List<DayFigures> days, List<ReportFigure> catalogue) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
		for (ReportFigure figure : catalogue) {
			List<Long> values = new ArrayList<>(days.size());
			for (DayFigures day : days) {
				values.add(day.figures().of(figure.key()));
			}
			Map<String, Object> series = new LinkedHashMap<>();
			series.put("key", figure.key());
			series.put("name", messages.getMessage("figure." + figure.key(), null, figure.key(), locale));
			series.put("type", figure.kind() == ReportFigure.Kind.FLOW ? "bar" : "line");
			series.put("values", values);
			byGroup.computeIfAbsent(figure.group(), g -> new ArrayList<>()).add(series);
		}
		List<Map<String, Object>> charts = new ArrayList<>();
		byGroup.forEach((group, series) -> {
			Map<String, Object> chart = new LinkedHashMap<>();
			chart.put("group", group);
			chart.put("title", messages.getMessage("figure.group." + group, null, group, locale));
			chart.put("series", series);
			charts.add(chart);
		});
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("dates", days.stream().map(d -> d.date().toString()).toList());
		answer.put("charts", charts);
		return answer;
	}
}
