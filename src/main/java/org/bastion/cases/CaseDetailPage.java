package org.bastion.cases;

import org.bastion.shared.CurrentViewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the case page shows, for its own controller and for the forms on it that come back with errors. */
@Component
class CaseDetailPage {

	private final Cases cases;

	private final Contacts contacts;

	private final CurrentViewer viewer;

	CaseDetailPage(Cases cases, Contacts contacts, CurrentViewer viewer) {
		this.cases = cases;
		this.contacts = contacts;
		this.viewer = viewer;
	}

	String show(long id, Model model) {
		CaseView found = cases.find(id);
		model.addAttribute("kase", found);
		model.addAttribute("history", cases.history(id));
		model.addAttribute("contacts", contacts.ofCase(id));
		boolean canWrite = !viewer.get().readOnly();
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("suggestions", canWrite ? contacts.fromArrivals(id) : java.util.List.of());
		model.addAttribute("today", cases.today());
		return "health/cases/case";
	}
}
