package org.bastion.observation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.bastion.observation.HealthChecks.CheckOutcome;
import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.security.Role;
import org.bastion.security.SignedIn;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The check endpoint's answers, without a database: 201 with what was recorded, and the problem
 * documents of the web module's advice (400 with its violations, 409) for what the body or the service
 * refuses. Spring Boot's default security stands in for the app's API chain, which asks bearer-token
 * clients for no CSRF token: the requests carry one to pass the default.
 */
@WebMvcTest(controllers = CheckApiController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.bastion\\.web\\.(Navigation|EdgeRefusals)"))
class CheckApiControllerTests {

	private static final long ORDER = 42;

	private static final RequestPostProcessor MONITOR = request -> csrf()
		.postProcessRequest(SignedIn.as(Role.GRID_WORKER, "511528", "511528103").postProcessRequest(request));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	HealthChecks checks;

	@Test
	void aRecordedCheckIsCreatedWithItsReadingAndAlert() throws Exception {
		ReadingView reading = new ReadingView(5, ORDER, LocalDate.of(2026, 3, 10), 1, new BigDecimal("38.5"),
				Set.of(Symptom.COUGH), ReadingSource.STAFF, "slice-grid_worker", "网格员",
				Instant.parse("2026-03-10T01:00:00Z"), true);
		given(checks.record(eq(ORDER), any())).willReturn(new CheckOutcome(reading, 7L, false));

		mvc.perform(post("/api/v1/observations/{id}/checks", ORDER).with(MONITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientId": "phone-1", "date": "2026-03-10", "temperature": 38.5, "symptoms": ["COUGH"]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.alertId").value(7))
			.andExpect(jsonPath("$.replayed").value(false))
			.andExpect(jsonPath("$.reading.id").value(5))
			.andExpect(jsonPath("$.reading.temperature").value(38.5))
			.andExpect(jsonPath("$.reading.abnormal").value(true));
	}

	@Test
	void theIdempotencyKeyStandsInForAMissingClientId() throws Exception {
		given(checks.record(eq(ORDER), any())).willReturn(new CheckOutcome(null, null, true));

		mvc.perform(post("/api/v1/observations/{id}/checks", ORDER).with(MONITOR)
			.header(Idempotency.KEY, "retry-9")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2026-03-10", "temperature": 36.5}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replayed").value(true));

		then(checks).should().record(eq(ORDER), argThat(c -> "retry-9".equals(c.clientId())));
	}

	@Test
	void aBodyThatBreaksItsConstraintsIsABadRequestNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/observations/{id}/checks", ORDER).with(MONITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientId": "%s", "temperature": 36.5}""".formatted("x".repeat(65))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.violations[0].field").value("clientId"))
			.andExpect(jsonPath("$.violations[0].rule").value("size"))
			.andExpect(jsonPath("$.violations[0].message").value("客户端编号不能超过64个字符。"));

		then(checks).should(never()).record(any(Long.class), any());
	}

	@Test
	void theServicesRefusalIsABadRequestWithItsViolations() throws Exception {
		given(checks.record(eq(ORDER), any())).willThrow(new InvalidInputException(
				new FieldViolation("temperature", "range", "check.temperature.range", "35.0", "42.0")));

		mvc.perform(post("/api/v1/observations/{id}/checks", ORDER).with(MONITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"temperature": 45}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("提交的内容有误，请按提示修改。"))
			.andExpect(jsonPath("$.violations[0].field").value("temperature"))
			.andExpect(jsonPath("$.violations[0].rule").value("range"))
			.andExpect(jsonPath("$.violations[0].message").value("体温填 35.0 到 42.0 之间的数，如 36.5。"));
	}

	@Test
	void aReleasedOrderIsAConflict() throws Exception {
		given(checks.record(eq(ORDER), any()))
			.willThrow(new ConflictException("observation.released", null, LocalDate.of(2026, 3, 9)));

		mvc.perform(post("/api/v1/observations/{id}/checks", ORDER).with(MONITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"temperature": 36.5}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该医学观察已于2026-03-09解除。"));
	}
}
