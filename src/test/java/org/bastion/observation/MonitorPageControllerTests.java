package org.bastion.observation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bastion.observation.HealthChecks.CheckOutcome;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.security.Role;
import org.bastion.security.SignedIn;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The monitor's page and its temperature form, without a database: the services are mocks, so each
 * test says what they answer and checks what the page makes of it. The model for a controller's slice
 * test: the web module's navigation, waiting work and edge refusals are taken in because the layout and its
 * filters need them; Spring Boot's default security applies (sign-in and CSRF), with the app's own principal.
 */
@WebMvcTest(controllers = MonitorPageController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.bastion\\.web\\.(Navigation|WaitingWork|EdgeRefusals)"))
class MonitorPageControllerTests {

	private static final long ORDER = 42;

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private static final RequestPostProcessor MONITOR = SignedIn.as(Role.GRID_WORKER, "511528", "511528103",
			"511528103201", "511528103201G1");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MonitorLists lists;

	@MockitoBean
	Observations observations;

	@MockitoBean
	HealthChecks checks;

	@BeforeEach
	void anOpenOrder() {
		given(observations.today()).willReturn(TODAY);
		given(observations.find(ORDER)).willReturn(order());
	}

	@Test
	void theFormOpensOnTodayWithAFreshClientId() throws Exception {
		mvc.perform(get("/observations/{id}/check", ORDER).with(MONITOR))
			.andExpect(status().isOk())
			.andExpect(view().name("health/check"))
			.andExpect(model().attribute("check", instanceOf(CheckForm.class)))
			.andExpect(content().string(containsString("name=\"date\" value=\"2026-03-10\"")))
			.andExpect(content().string(containsString("录入体温：王观察")))
			.andExpect(content().string(containsString("name=\"clientId\"")));
	}

	@Test
	void aValidCheckIsRecordedAndTheMonitorIsSentBackToTodaysList() throws Exception {
		given(checks.record(eq(ORDER), any())).willReturn(new CheckOutcome(null, null, false));

		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("temperature", "36,6")
			.param("symptoms", "COUGH")
			.param("clientId", "phone-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/observations/today"))
			.andExpect(flash().attribute("notice", "check.saved"))
			.andExpect(flash().attribute("noticeName", "王观察"));

		then(checks).should().record(eq(ORDER), argThat(c -> c.temperature().compareTo(new BigDecimal("36.6")) == 0
				&& c.date().equals(TODAY) && c.symptoms().equals(List.of("COUGH")) && c.clientId().equals("phone-1")));
	}

	@Test
	void aReadingThatOpensAnAlertSaysSoOnTheList() throws Exception {
		given(checks.record(eq(ORDER), any())).willReturn(new CheckOutcome(null, 7L, false));

		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("temperature", "38.5"))
			.andExpect(redirectedUrl("/observations/today"))
			.andExpect(flash().attribute("notice", "check.saved.alert"));
	}

	@Test
	void aTemperatureThatIsNoNumberShowsItsFieldErrorAndRecordsNothing() throws Exception {
		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("temperature", "warm"))
			.andExpect(status().isOk())
			.andExpect(view().name("health/check"))
			.andExpect(model().attributeHasFieldErrorCode("check", "temperature", "check.temperature.number"))
			.andExpect(content().string(containsString("id=\"temperature-error\"")))
			.andExpect(content().string(containsString("体温只填数字")));

		then(checks).should(never()).record(any(Long.class), any());
	}

	@Test
	void aTemperatureThatIsNoNumberAndADayBeforeTheOrderAreShownTogether() throws Exception {
		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.minusDays(5).toString())
			.param("temperature", "warm"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("check", "temperature", "check.temperature.number"))
			.andExpect(model().attributeHasFieldErrorCode("check", "date", "check.date.beforeStart"))
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("有 2 处需要改正")));

		then(checks).should(never()).record(any(Long.class), any());
	}

	@Test
	void theFormOffersTheSlotOpenNowByDefaultAndTheMissedOnesAs补录() throws Exception {
		CheckWindow morning = CheckWindow.parse("08:00-12:00");
		CheckWindow afternoon = CheckWindow.parse("14:00-18:00");
		given(checks.choices(ORDER)).willReturn(List.of(
				new CheckPolicy.SlotChoice(new CheckPolicy.DaySlot(TODAY, 2, afternoon, false), false),
				new CheckPolicy.SlotChoice(new CheckPolicy.DaySlot(TODAY, 1, morning, false), true),
				new CheckPolicy.SlotChoice(new CheckPolicy.DaySlot(TODAY.minusDays(1), 2, afternoon, false), true)));

		mvc.perform(get("/observations/{id}/check", ORDER).with(MONITOR))
			.andExpect(status().isOk())
			.andExpect(slotChosen("2026-03-10/2"))
			.andExpect(content().string(containsString("2026-03-10 14:00-18:00（进行中）")))
			.andExpect(content().string(containsString("2026-03-09 14:00-18:00（漏测，补录）")));
		mvc.perform(get("/observations/{id}/check", ORDER).with(MONITOR).param("slot", "2026-03-09/2"))
			.andExpect(slotChosen("2026-03-09/2"));
		// A slot not offered falls back to the one open now.
		mvc.perform(get("/observations/{id}/check", ORDER).with(MONITOR).param("slot", "2026-03-01/1"))
			.andExpect(slotChosen("2026-03-10/2"));
	}

	@Test
	void aPickedMissedSlotIsSentWithItsDayAndSavedAs补录() throws Exception {
		ReadingView reading = new ReadingView(5, ORDER, TODAY.minusDays(1), 2, new BigDecimal("36.5"), Set.of(),
				ReadingSource.STAFF, "slice-grid_worker", "网格员", Instant.parse("2026-03-10T01:00:00Z"), false);
		given(checks.record(eq(ORDER), any())).willReturn(new CheckOutcome(reading, null, false, true));

		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("slot", "2026-03-09/2")
			.param("temperature", "36.5"))
			.andExpect(redirectedUrl("/observations/today"))
			.andExpect(flash().attribute("notice", "check.saved.late"));

		then(checks).should().record(eq(ORDER),
				argThat(c -> c.date().equals(TODAY.minusDays(1)) && Integer.valueOf(2).equals(c.slot())));
	}

	@Test
	void aSlotTheFormCannotReadIsRefusedOnItsField() throws Exception {
		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("slot", "yesterday")
			.param("temperature", "36.5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("check", "slot", "check.slot.required"))
			.andExpect(content().string(containsString("id=\"slot-error\"")));

		then(checks).should(never()).record(any(Long.class), any());
	}

	@Test
	void aFieldTooLongForTheFormIsRefusedBeforeParsing() throws Exception {
		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", "2026-03-10T08:00:00")
			.param("temperature", "36.5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("check", "date"))
			.andExpect(content().string(containsString("id=\"date-error\"")));

		then(checks).should(never()).record(any(Long.class), any());
	}

	@Test
	void theServicesRefusalIsShownOnItsField() throws Exception {
		given(checks.record(eq(ORDER), any())).willThrow(new InvalidInputException(
				new FieldViolation("temperature", "range", "check.temperature.range", "35.0", "42.0")));

		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("temperature", "45"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("check", "temperature", "check.temperature.range"))
			.andExpect(content().string(containsString("体温填 35.0 到 42.0 之间的数，如 36.5。")));
	}

	@Test
	void aReleasedOrderIsRefusedWithTheReleaseDate() throws Exception {
		given(checks.record(eq(ORDER), any()))
			.willThrow(new ConflictException("observation.released", null, LocalDate.of(2026, 3, 9)));

		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).with(csrf())
			.param("date", TODAY.toString())
			.param("temperature", "36.5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("check"))
			.andExpect(content().string(containsString("id=\"check-error\"")))
			.andExpect(content().string(containsString("该医学观察已于2026-03-09解除。")));
	}

	@Test
	void theFormIsForSignedInUsersAndAPostNeedsItsCsrfToken() throws Exception {
		mvc.perform(get("/observations/{id}/check", ORDER))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/observations/{id}/check", ORDER).with(MONITOR).param("temperature", "36.5"))
			.andExpect(status().isForbidden());

		then(checks).should(never()).record(any(Long.class), any());
	}

	private static org.springframework.test.web.servlet.ResultMatcher slotChosen(String slot) {
		return result -> org.assertj.core.api.Assertions
			.assertThat(((CheckForm) result.getModelAndView().getModel().get("check")).slot()).isEqualTo(slot);
	}

	private static ObservationView order() {
		return new ObservationView(ORDER, 9, "王观察", ObservationKind.HOME, ObservationReason.ARRIVAL_FROM_RISK_AREA,
				ObservationStatus.OPEN, TODAY.minusDays(2), TODAY.plusDays(12), 14, List.of("08:00-12:00"), 1L,
				"slice-grid_worker", "网格员", null, "511528103201G1", null, null, null, 0, null, null, null, null, null,
				null, null, "demo-county", "县指挥部", Instant.parse("2026-03-08T01:00:00Z"), null, false);
	}
}
