package org.bastion.command;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.security.Role;
import org.bastion.security.SignedIn;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.StaffAccounts.Staff;
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
 * The inbox and the dispatch form without a database: the escalated task red with the step its holder may
 * take next, a step's conflict told in words, the form's mistakes beside their fields.
 */
@WebMvcTest(controllers = TaskPageController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.bastion\\.web\\.(Navigation|WaitingWork|EdgeRefusals)"))
class TaskPageControllerTests {

	static final JurisdictionPath GRID = JurisdictionPath.of("511528", "511528103", "511528103201", "511528103201G1");

	static final RequestPostProcessor GRID_WORKER = SignedIn.as(Role.GRID_WORKER, "511528", "511528103", "511528103201",
			"511528103201G1");

	static final RequestPostProcessor TOWNSHIP = SignedIn.as(Role.TOWNSHIP_STAFF, "511528", "511528103");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Tasks tasks;

	/** The place picker names the place the form holds, by the bean's name as the template asks. */
	@MockitoBean(name = "jurisdictions")
	Jurisdictions jurisdictions;

	@MockitoBean
	CurrentViewer viewer;

	@MockitoBean(name = "fieldClock")
	FieldClock clock;

	@MockitoBean
	WorkGroups groups;

	/** The person picker names the person the form holds. */
	@MockitoBean(name = "people")
	org.bastion.people.People people;

	@BeforeEach
	void aWorkersEvening() {
		given(clock.zone()).willReturn(ZoneId.of("Asia/Shanghai"));
		given(clock.dateTime()).willReturn(LocalDateTime.of(2026, 12, 3, 20, 0, 12));
		given(clock.instant()).willReturn(Instant.parse("2026-12-03T12:00:12Z"));
		given(viewer.get()).willReturn(new Viewer(5, "slice-grid_worker", "GRID_WORKER", GRID, false, false));
	}

	@Test
	void theInboxShowsTheEscalatedTaskInRedWithItsAcknowledgement() throws Exception {
		given(tasks.inbox()).willReturn(List.of(task(7, TaskStatus.DISPATCHED, true), task(8, TaskStatus.IN_PROGRESS, false)));
		mvc.perform(get("/tasks").with(GRID_WORKER))
			.andExpect(status().isOk())
			.andExpect(view().name("command/inbox"))
			.andExpect(content().string(containsString("task-escalated")))
			.andExpect(content().string(containsString("已超时督办")))
			.andExpect(content().string(containsString("id=\"task-7-acknowledge\"")))
			.andExpect(content().string(not(containsString("id=\"task-7-complete\""))))
			.andExpect(content().string(containsString("id=\"task-8-complete\"")))
			.andExpect(content().string(not(containsString("id=\"task-new\""))));
	}

	@Test
	void anAcknowledgementGoesBackToTheInboxAndASecondOneSaysWhy() throws Exception {
		given(tasks.acknowledge(7)).willReturn(task(7, TaskStatus.RECEIVED, false));
		mvc.perform(post("/tasks/7/acknowledge").with(GRID_WORKER).with(csrf()))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("notice", "task.acknowledged"))
			.andExpect(flash().attribute("noticeArgument", "巡查卡点"));
		given(tasks.acknowledge(7)).willThrow(new ConflictException("task.acknowledged.already", 7L, "巡查卡点"));
		mvc.perform(post("/tasks/7/acknowledge").with(GRID_WORKER).with(csrf()))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("error", "任务“巡查卡点”已经签收过了"));
	}

	@Test
	void aValidDispatchGoesToTheAreasTasks() throws Exception {
		given(viewer.get()).willReturn(new Viewer(6, "slice-township", "TOWNSHIP_STAFF", JurisdictionPath.of("511528",
				"511528103"), false, false));
		given(tasks.dispatch(any())).willReturn(task(9, TaskStatus.DISPATCHED, false));
		mvc.perform(post("/tasks").with(TOWNSHIP).with(csrf()).param("title", "巡查卡点").param("due", "2026-12-03T22:00")
			.param("priority", "URGENT").param("assigneeUserId", "11").param("clientId", "page-1"))
			.andExpect(redirectedUrl("/tasks/area"))
			.andExpect(flash().attribute("notice", "task.dispatched"));
		then(tasks).should().dispatch(argThat(t -> t.assigneeUserId() == 11L && t.priority() == TaskPriority.URGENT
				&& t.due().equals(LocalDateTime.of(2026, 12, 3, 22, 0)) && "page-1".equals(t.clientId())));
	}

	@Test
	void aDueTimeInThePastComesBackBesideItsField() throws Exception {
		given(tasks.assignable()).willReturn(List.of(new Staff(11, "w", "网格员 刘洋", GRID)));
		given(tasks.dispatch(any())).willThrow(new InvalidInputException(new FieldViolation("due", "notPast", "task.due.past")));
		mvc.perform(post("/tasks").with(TOWNSHIP).with(csrf()).param("title", "巡查卡点").param("due", "2026-12-03T10:00")
			.param("assigneeUserId", "11"))
			.andExpect(status().isOk())
			.andExpect(view().name("command/form"))
			.andExpect(content().string(containsString("id=\"due-error\"")))
			.andExpect(content().string(containsString("截止时间不能早于现在")))
			.andExpect(content().string(containsString("网格员 刘洋")));
	}

	@Test
	void aDueTimeThatIsNoTimeIsRefusedByTheFormWithTheServicesRulesBesideIt() throws Exception {
		given(tasks.problems(any(), any())).willReturn(List.of(new FieldViolation("title", "required", "task.title.required")));
		mvc.perform(post("/tasks").with(TOWNSHIP).with(csrf()).param("title", "").param("due", "明天"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("截止时间格式不对")))
			.andExpect(content().string(containsString("请填写任务标题")));
		then(tasks).should(never()).dispatch(any());
	}

	@Test
	void aTaskIsDoneFromThePhoneWithACameraPhotoAndAPhotoThatIsNoImageSaysWhy() throws Exception {
		given(tasks.inbox()).willReturn(List.of(task(8, TaskStatus.IN_PROGRESS, false)));
		mvc.perform(get("/tasks").with(GRID_WORKER))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("id=\"task-8-photo\"")))
			.andExpect(content().string(containsString("capture=\"environment\"")));

		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 };
		given(tasks.complete(org.mockito.ArgumentMatchers.eq(8L), any(), any())).willReturn(task(8, TaskStatus.DONE, false));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/8/complete")
			.file(new org.springframework.mock.web.MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg))
			.param("note", "已消杀").with(GRID_WORKER).with(csrf()))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("notice", "task.done"));
		then(tasks).should().complete(org.mockito.ArgumentMatchers.eq(8L), argThat(n -> "已消杀".equals(n.note())),
				argThat(p -> p != null && p.size() == jpeg.length));

		given(tasks.complete(org.mockito.ArgumentMatchers.eq(8L), any(), any())).willThrow(new InvalidInputException(
				new FieldViolation("photo", "image", "task.photo.image")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/8/complete")
			.file(new org.springframework.mock.web.MockMultipartFile("photo", "p.jpg", "image/jpeg", "<svg/>".getBytes()))
			.param("note", "已消杀").with(GRID_WORKER).with(csrf()))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("error", containsString("JPEG、PNG 或 WebP")));
	}

	@Test
	void aTasksPageShowsItsGroupThePersonItConcernsAndItsPhoto() throws Exception {
		TaskView t = task(9, TaskStatus.DONE, true);
		TaskView withAll = new TaskView(t.id(), t.title(), t.detail(), t.priority(), t.status(), null, null, null,
				t.jurisdictionCode(), t.placeName(), t.dueAt(), t.localDue(), false, true, t.escalatedAt(), t.dispatchedBy(),
				t.dispatchedByName(), t.dispatchedAt(), null, null, null, null, "w", "网格员 刘洋", t.dueAt(), "已消杀", null, null,
				false, 3L, "后勤保障组", 44L, "张三", true, 5L, "组长 李四");
		given(tasks.find(9)).willReturn(withAll);
		mvc.perform(get("/tasks/9").with(GRID_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("派给工作组：后勤保障组")))
			.andExpect(content().string(containsString("已督办至组长：组长 李四")))
			.andExpect(content().string(containsString("href=\"/people/44\"")))
			.andExpect(content().string(containsString("src=\"/tasks/9/photo\"")));
	}

	private static TaskView task(long id, TaskStatus status, boolean escalated) {
		Instant due = Instant.parse("2026-12-03T11:00:00Z");
		return new TaskView(id, "巡查卡点", "夜间巡查", TaskPriority.URGENT, status, 5L, "slice-grid_worker", "网格员 刘洋",
				"511528103201G1", "一组", due, LocalDateTime.of(2026, 12, 3, 19, 0), true, escalated,
				escalated ? due.plusSeconds(60) : null, "demo-township", "共乐镇 王芳", due.minusSeconds(3600), null, null, null,
				null, null, null, null, null, null, null, false);
	}
}
