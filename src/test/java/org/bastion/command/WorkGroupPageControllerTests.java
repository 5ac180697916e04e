package org.bastion.command;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.security.Role;
import org.bastion.security.SignedIn;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Slice;
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
 * The work group pages without a database: the list, a group's page with its head and the members to add by
 * name, a second head refused in words, and the new group's form with its mistakes beside the fields.
 */
@WebMvcTest(controllers = WorkGroupPageController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.bastion\\.web\\.(Navigation|WaitingWork|EdgeRefusals)"))
class WorkGroupPageControllerTests {

	static final RequestPostProcessor TOWNSHIP = SignedIn.as(Role.TOWNSHIP_STAFF, "511528", "511528103");

	static final JurisdictionPath AREA = JurisdictionPath.of("511528", "511528103");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	WorkGroups groups;

	@MockitoBean(name = "jurisdictions")
	Jurisdictions jurisdictions;

	@MockitoBean
	CurrentViewer viewer;

	@BeforeEach
	void theTownshipsStaff() {
		given(viewer.get()).willReturn(new Viewer(6, "slice-township", "TOWNSHIP_STAFF", AREA, false, false));
	}

	@Test
	void theListAndAGroupsPageNameTheHeadAndOfferTheAreasStaffByName() throws Exception {
		given(groups.list(any(), any())).willReturn(new Slice<>(List.of(group(null)), null));
		mvc.perform(get("/work-groups").with(TOWNSHIP))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("后勤保障一组")))
			.andExpect(content().string(containsString("尚未指定组长")))
			.andExpect(content().string(containsString("id=\"group-new\"")));

		given(groups.find(3)).willReturn(group(11L));
		given(groups.manages(any())).willReturn(true);
		given(groups.candidates(3)).willReturn(List.of(new Staff(12, "w12", "网格员 刘洋", AREA.child("511528103201"))));
		mvc.perform(get("/work-groups/3").with(TOWNSHIP))
			.andExpect(status().isOk())
			.andExpect(view().name("command/group"))
			.andExpect(content().string(containsString("组长：组长 李四")))
			.andExpect(content().string(containsString("网格员 刘洋")))
			.andExpect(content().string(not(containsString("w12"))))
			.andExpect(content().string(containsString("id=\"member-submit\"")));
	}

	@Test
	void aSecondHeadIsRefusedInWordsAndAValidOneGoesBackToTheGroup() throws Exception {
		given(groups.setHead(eq(3L), any())).willThrow(new InvalidInputException(
				new FieldViolation("userId", "oneHead", "workGroup.head.already")));
		mvc.perform(post("/work-groups/3/head").with(TOWNSHIP).with(csrf()).param("userId", "12"))
			.andExpect(redirectedUrl("/work-groups/3"))
			.andExpect(flash().attribute("error", containsString("本组已有组长")));
		given(groups.addMember(eq(3L), any())).willReturn(group(11L));
		mvc.perform(post("/work-groups/3/members").with(TOWNSHIP).with(csrf()).param("userId", "12"))
			.andExpect(redirectedUrl("/work-groups/3"))
			.andExpect(flash().attribute("notice", "workGroup.member.added"));
		then(groups).should().addMember(eq(3L), argThat(c -> c.userId() == 12L));
	}

	@Test
	void aNewGroupsMistakesComeBackBesideTheirFields() throws Exception {
		given(groups.create(any())).willThrow(new InvalidInputException(List.of(
				new FieldViolation("kind", "required", "workGroup.kind.required"),
				new FieldViolation("jurisdictionCode", "level", "workGroup.place.level"))));
		mvc.perform(post("/work-groups").with(TOWNSHIP).with(csrf()).param("name", "后勤").param("jurisdictionCode", "511528103201"))
			.andExpect(status().isOk())
			.andExpect(view().name("command/group-form"))
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("工作组只能设在县或乡镇指挥部")));
		org.mockito.BDDMockito.willReturn(group(null)).given(groups).create(any());
		mvc.perform(post("/work-groups").with(TOWNSHIP).with(csrf()).param("kind", "LOGISTICS").param("name", "后勤保障一组"))
			.andExpect(redirectedUrl("/work-groups/3"));
		then(groups).should().create(argThat(g -> g != null && g.kind() == WorkGroupKind.LOGISTICS));
	}

	private static WorkGroupView group(Long head) {
		List<WorkGroupMember> members = head == null ? List.of()
				: List.of(new WorkGroupMember(11, "h11", "组长 李四", true));
		return new WorkGroupView(3, WorkGroupKind.LOGISTICS, "后勤保障一组", "511528103", "共乐镇", head,
				head == null ? null : "组长 李四", members, false);
	}
}
