package org.bastion.command;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.bastion.command.EveningReviewFigures.Alerts;
import org.bastion.command.EveningReviewFigures.Reports;
import org.bastion.command.EveningReviewFigures.TaskFacts;
import org.bastion.command.EveningReviewFigures.TaskLine;
import org.bastion.security.Role;
import org.bastion.security.SignedIn;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Viewer;
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
 * The evening review and the dispatch list without a database: the draft unsaved with the tasks done and
 * overdue, the saved log with its versions, a valid save redirecting with its version, a section too long beside
 * its field, a stale save told in words with what was typed kept, a leader reading without a form.
 */
@WebMvcTest(controllers = EveningReviewPageController.class, includeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX, pattern = "org\\.bastion\\.web\\.(Navigation|WaitingWork|EdgeRefusals)"))
class EveningReviewPageControllerTests {

	static final String TOWNSHIP_CODE = "511528103";

	static final RequestPostProcessor TOWNSHIP = SignedIn.as(Role.TOWNSHIP_STAFF, "511528", TOWNSHIP_CODE);

	static final LocalDate DAY = LocalDate.of(2026, 12, 3);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DispatchSheets sheets;

	@MockitoBean
	EveningReviews reviews;

	@MockitoBean
	WorkLogs logs;

	@MockitoBean
	CurrentViewer viewer;

	@MockitoBean(name = "fieldClock")
	FieldClock clock;

	@BeforeEach
	void aTownshipsEvening() {
		given(clock.zone()).willReturn(ZoneId.of("Asia/Shanghai"));
		given(clock.today()).willReturn(DAY);
		given(clock.instant()).willReturn(Instant.parse("2026-12-03T12:00:12Z"));
		township(false);
	}

	private void township(boolean readOnly) {
		given(viewer.get()).willReturn(new Viewer(3, "slice-township", readOnly ? "LEADER" : "TOWNSHIP_STAFF",
				JurisdictionPath.of("511528", TOWNSHIP_CODE), false, readOnly));
	}

	@Test
	void theDraftIsShownUnsavedWithTheTasksDoneAndOverdue() throws Exception {
		given(reviews.review(eq(null), eq(null), any())).willReturn(review(null));
		mvc.perform(get("/command/review").with(TOWNSHIP))
			.andExpect(status().isOk())
			.andExpect(view().name("command/review"))
			.andExpect(content().string(containsString("今日晚研判 未保存")))
			.andExpect(content().string(containsString("夜间巡查")))
			.andExpect(content().string(containsString("入户核查")))
			.andExpect(content().string(containsString("草稿任务段")))
			.andExpect(content().string(containsString("id=\"review-save\"")))
			.andExpect(content().string(not(containsString("id=\"review-history\""))));
	}

	@Test
	void theSavedLogIsEditedWithItsVersionsBelowAndALeaderOnlyReadsIt() throws Exception {
		given(reviews.review(eq(TOWNSHIP_CODE), eq(DAY), any())).willReturn(review(saved()));
		mvc.perform(get("/command/review?jurisdiction=" + TOWNSHIP_CODE + "&date=" + DAY).with(TOWNSHIP))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已保存第 2 版")))
			.andExpect(content().string(containsString("id=\"review-version-1\"")))
			.andExpect(content().string(containsString("第二版研判")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		township(true);
		mvc.perform(get("/command/review?jurisdiction=" + TOWNSHIP_CODE + "&date=" + DAY)
			.with(SignedIn.as(Role.LEADER, "511528", TOWNSHIP_CODE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"review-read\"")))
			.andExpect(content().string(not(containsString("id=\"review-save\""))));
	}

	@Test
	void aValidSaveRedirectsToTheDayWithItsVersion() throws Exception {
		given(logs.problems(any())).willReturn(List.of());
		given(logs.save(any())).willReturn(saved());
		mvc.perform(post("/command/review").with(TOWNSHIP).with(csrf())
			.param("jurisdiction", TOWNSHIP_CODE).param("date", DAY.toString()).param("version", "1")
			.param("assessment", "第二版研判").param("clientId", "page-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/command/review?date=2026-12-03&jurisdiction=511528103"))
			.andExpect(flash().attribute("noticeArgument", 2));
	}

	@Test
	void aSectionTooLongIsToldBesideItAndAStaleSaveKeepsWhatWasTyped() throws Exception {
		given(reviews.review(eq(TOWNSHIP_CODE), eq(DAY), any())).willReturn(review(saved()));
		given(logs.save(any())).willThrow(new InvalidInputException(
				new FieldViolation("reports", "size", "worklog.text.size", WorkLogText.SECTION_LENGTH)));
		mvc.perform(post("/command/review").with(TOWNSHIP).with(csrf())
			.param("jurisdiction", TOWNSHIP_CODE).param("date", DAY.toString()).param("version", "2")
			.param("reports", "很长").param("clientId", "page-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每一部分最多 4000 个字")));

		willThrow(new ConflictException("worklog.version.stale", saved(), 1, 2)).given(logs).save(any());
		mvc.perform(post("/command/review").with(TOWNSHIP).with(csrf())
			.param("jurisdiction", TOWNSHIP_CODE).param("date", DAY.toString()).param("version", "1")
			.param("assessment", "我的修改").param("clientId", "page-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"review-error\"")))
			.andExpect(content().string(containsString("版本号（version）已过期")))
			.andExpect(content().string(containsString("我的修改")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
	}

	@Test
	void aDateThatIsNoDateIsRefusedBeforeTheServiceIsAsked() throws Exception {
		given(reviews.review(eq(TOWNSHIP_CODE), eq(null), any())).willReturn(review(null));
		given(logs.problems(any())).willReturn(List.of());
		mvc.perform(post("/command/review").with(TOWNSHIP).with(csrf())
			.param("jurisdiction", TOWNSHIP_CODE).param("date", "12月3日").param("version", "0")
			.param("assessment", "研判").param("clientId", "page-4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式不对")));
		then(logs).should(never()).save(any());
	}

	@Test
	void theDispatchListGroupsTheDaysTasksByAreaWithTheOverdueInRed() throws Exception {
		given(sheets.sheet(null, null)).willReturn(new DispatchSheet(TOWNSHIP_CODE, "共乐镇", DAY, true,
				List.of(new DispatchSheet.Group("511528103201", "红星村", List.of(
						new DispatchSheet.Line(7, "夜间巡查", TaskPriority.URGENT, TaskStatus.DISPATCHED, "李明",
								LocalDateTime.of(2026, 12, 3, 18, 0), true, true, false),
						new DispatchSheet.Line(8, "全村消杀", TaskPriority.NORMAL, TaskStatus.DONE, null,
								LocalDateTime.of(2026, 12, 3, 22, 0), false, false, false)))),
				2, 1, 1, Instant.parse("2026-12-03T00:30:00Z")));
		mvc.perform(get("/command/dispatch").with(TOWNSHIP))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dispatch-area-511528103201\"")))
			.andExpect(content().string(containsString("id=\"dispatch-task-7-overdue\"")))
			.andExpect(content().string(not(containsString("id=\"dispatch-task-8-overdue\""))))
			.andExpect(content().string(containsString("区域任务")))
			.andExpect(content().string(containsString("共 2 件任务，已完成 1 件，超时 1 件")))
			.andExpect(content().string(containsString("清单生成于 2026-12-03 08:30")));
	}

	private static EveningReviewView review(WorkLogView saved) {
		EveningReviewFigures figures = new EveningReviewFigures("共乐镇", DAY, new Reports(3, 2, 0, 0, List.of("红星村"), 0,
				List.of()), new Alerts(1L, 1L, 0L), new TaskFacts(2,
						List.of(new TaskLine("夜间巡查", "李明", LocalDateTime.of(2026, 12, 3, 20, 0), "无异常")), List.of(),
						List.of(new TaskLine("入户核查", "张强", LocalDateTime.of(2026, 12, 3, 18, 0), null))));
		return new EveningReviewView(TOWNSHIP_CODE, "共乐镇", DAY, figures,
				new WorkLogText("草稿日报段", "草稿预警段", "草稿任务段", "草稿研判段"), saved);
	}

	private static WorkLogView saved() {
		WorkLogText second = new WorkLogText("日报", null, null, "第二版研判");
		Instant at = Instant.parse("2026-12-03T11:00:00Z");
		return new WorkLogView(9, TOWNSHIP_CODE, "共乐镇", DAY, 2, 2, second, "slice-township", "王芳", at,
				List.of(new WorkLogView.Version(2, "slice-township", "王芳", at, second),
						new WorkLogView.Version(1, "slice-township", "王芳", at.minusSeconds(3600),
								new WorkLogText("日报", null, null, "第一版研判"))),
				false);
	}
}
