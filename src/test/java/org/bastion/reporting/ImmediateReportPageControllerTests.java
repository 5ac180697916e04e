package org.bastion.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.bastion.people.People;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.security.Role;
import org.bastion.security.SignedIn;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Slice;
import org.bastion.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The immediate reports' pages without a database: the form, its field errors, the service's refusals. */
@WebMvcTest(controllers = ImmediateReportPageController.class, includeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX, pattern = "org\\.bastion\\.web\\.(Navigation|WaitingWork|EdgeRefusals)"))
@Import(PlaceChoices.class)
class ImmediateReportPageControllerTests {

	static final String GRID = "511528103201G1";

	static final JurisdictionPath GRID_PATH = JurisdictionPath.of("511528", "511528103", "511528103201", GRID);

	static final RequestPostProcessor GRID_WORKER = SignedIn.as(Role.GRID_WORKER, "511528", "511528103", "511528103201",
			GRID);

	static final RequestPostProcessor TOWNSHIP = SignedIn.as(Role.TOWNSHIP_STAFF, "511528", "511528103");

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	/** The person picker names the person the form holds (by the bean's name, as the template asks). */
	@MockitoBean(name = "people")
	People people;

	@MockitoBean
	ImmediateReports reports;

	@MockitoBean
	Jurisdictions jurisdictions;

	@MockitoBean
	CurrentViewer viewer;

	@MockitoBean(name = "fieldClock")
	FieldClock clock;

	@BeforeEach
	void aGridWorkersDay() {
		given(clock.zone()).willReturn(ZONE);
		given(clock.dateTime()).willReturn(LocalDateTime.of(2020, 2, 1, 10, 30, 12));
		given(jurisdictions.tops()).willReturn(List.of(new Jurisdiction(GRID, "一组", "511528103201",
				JurisdictionLevel.GRID, GRID_PATH)));
		given(jurisdictions.children(GRID)).willReturn(List.of());
		given(reports.list(isNull(), anyBoolean(), any(), any())).willReturn(Slice.whole(List.of()));
		given(reports.reporterPhone()).willReturn("13912345678");
		given(viewer.get()).willReturn(new Viewer(5, "slice-grid_worker", "GRID_WORKER", GRID_PATH, false, false));
	}

	@Test
	void theFormOpensOnNowInTheWorkersOwnGridWithTheirLastPhone() throws Exception {
		mvc.perform(get("/reports/immediate").with(GRID_WORKER))
			.andExpect(status().isOk())
			.andExpect(view().name("reporting/immediate-reports"))
			.andExpect(content().string(containsString("value=\"2020-02-01T10:30\"")))
			.andExpect(content().string(containsString("value=\"13912345678\"")))
			.andExpect(content().string(containsString("<option value=\"" + GRID + "\" selected=\"selected\">一组</option>")))
			.andExpect(content().string(containsString("name=\"clientId\"")));
	}

	@Test
	void aValidReportIsFiledAndItsPageOpens() throws Exception {
		given(reports.file(any())).willReturn(report(true));

		mvc.perform(post("/reports/immediate").with(GRID_WORKER).with(csrf())
			.param("kind", "CHECKPOINT_INCIDENT")
			.param("jurisdictionCode", GRID)
			.param("whatHappened", "劝返车辆一辆")
			.param("happenedAt", "2020-02-01T10:00")
			.param("reporterPhone", "13912345678")
			.param("clientId", "page-1"))
			.andExpect(redirectedUrl("/reports/immediate/7"))
			.andExpect(flash().attribute("notice", "immediate.filed"));

		then(reports).should().file(argThat(r -> r.kind() == ImmediateReportKind.CHECKPOINT_INCIDENT
				&& r.jurisdictionCode().equals(GRID) && r.happenedAt().equals(LocalDateTime.of(2020, 2, 1, 10, 0))
				&& r.personId() == null && r.clientId().equals("page-1")));
	}

	@Test
	void aTimeThatIsNoTimeAndAMissingKindAreShownBesideTheirFields() throws Exception {
		mvc.perform(post("/reports/immediate").with(GRID_WORKER).with(csrf())
			.param("jurisdictionCode", GRID)
			.param("whatHappened", "劝返车辆一辆")
			.param("happenedAt", "昨天")
			.param("personId", "abc"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("report", "happenedAt", "immediate.happenedAt.required"))
			.andExpect(model().attributeHasFieldErrorCode("report", "kind", "immediate.kind.required"))
			.andExpect(model().attributeHasFieldErrorCode("report", "personId", "immediate.personId.unknown"))
			.andExpect(content().string(containsString("id=\"happenedAt-error\"")))
			.andExpect(content().string(containsString("请选择类别")));

		then(reports).should(never()).file(any());
	}

	@Test
	void theServicesRefusalIsShownOnItsField() throws Exception {
		given(reports.file(any())).willThrow(new InvalidInputException(
				new FieldViolation("happenedAt", "future", "immediate.happenedAt.future")));

		mvc.perform(post("/reports/immediate").with(GRID_WORKER).with(csrf())
			.param("kind", "OTHER")
			.param("jurisdictionCode", GRID)
			.param("whatHappened", "明天")
			.param("happenedAt", "2020-02-02T10:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("report", "happenedAt", "immediate.happenedAt.future"))
			.andExpect(content().string(containsString("发生时间不能晚于现在。")));
	}

	@Test
	void aSecondAcknowledgementSaysWhoAcknowledgedItFirst() throws Exception {
		given(viewer.get()).willReturn(new Viewer(6, "slice-township_staff", "TOWNSHIP_STAFF",
				JurisdictionPath.of("511528", "511528103"), false, false));
		given(reports.acknowledge(eq(7L), any())).willThrow(
				new ConflictException("immediate.acknowledged", report(false), "共乐镇 王芳", "2020-02-01 11:00:00"));
		given(reports.find(7)).willReturn(report(false));

		mvc.perform(post("/reports/immediate/7/acknowledgement").with(TOWNSHIP).with(csrf()).param("note", "再签一次"))
			.andExpect(status().isOk())
			.andExpect(view().name("reporting/immediate-report"))
			.andExpect(content().string(containsString("该时时报已由共乐镇 王芳于2020-02-01 11:00:00签收")))
			.andExpect(content().string(containsString("id=\"immediate-acknowledged-by\"")));
	}

	private static ImmediateReportView report(boolean open) {
		Instant at = Instant.parse("2020-02-01T02:00:00Z");
		return new ImmediateReportView(7, ImmediateReportKind.CHECKPOINT_INCIDENT, GRID, "一组", "劝返车辆一辆", at, null, null,
				null, false, "slice-grid_worker", "网格员", "13912345678", at, open, open ? null : "demo-township",
				open ? null : "共乐镇 王芳", open ? null : at.plusSeconds(3600), open ? null : "已派人", false);
	}
}
