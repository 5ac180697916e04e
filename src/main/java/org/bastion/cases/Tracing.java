package org.bastion.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracing view: a case, its contacts, and for each contact who became a case, that case's contacts,
 * down to {@value #DEPTH} levels. Cases outside the viewer's area are not followed.
 */
@Service
@Transactional
class Tracing {

	/** Levels of contacts shown: the field traced contacts and their contacts, one more for good measure. */
	static final int DEPTH = 3;

	private final Cases cases;

	private final CaseDatabase caseRows;

	private final CaseContacts contacts;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	Tracing(Cases cases, CaseDatabase caseRows, CaseContacts contacts, CurrentViewer viewer, AuditTrail audit) {
		this.cases = cases;
		this.caseRows = caseRows;
		this.contacts = contacts;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** The tree of one case; audited as a view of personal data. */
	public TracingTree of(long caseId) {
		CaseRow root = cases.load(caseId);
		Set<Long> visited = new HashSet<>();
		visited.add(root.id());
		TracingTree tree = new TracingTree(cases.view(root, false), nodes(root.id(), 1, visited));
		audit.record(AuditAction.VIEW, Cases.target(caseId), "tracing");
		return tree;
	}

	private List<TracingNode> nodes(long caseId, int level, Set<Long> visited) {
		List<ContactView> ofCase = contacts.ofCase(caseId);
		Map<Long, CaseRow> becameCases = caseRows
			.ofPersons(ofCase.stream().map(ContactView::personId).toList(), viewer.scopePattern())
			.stream()
			.collect(Collectors.toMap(CaseRow::personId, Function.identity()));
		List<CaseRow> became = List.copyOf(becameCases.values());
		List<CaseView> views = cases.views(became);
		Map<Long, CaseView> viewOf = new HashMap<>();
		for (int i = 0; i < became.size(); i++) {
			viewOf.put(became.get(i).id(), views.get(i));
		}
		List<TracingNode> nodes = new ArrayList<>();
		for (ContactView contact : ofCase) {
			CaseRow own = becameCases.get(contact.personId());
			List<TracingNode> below = List.of();
			// A contact whose case was shown higher up would loop: show the case, not its contacts again.
			if (own != null && level < DEPTH && visited.add(own.id())) {
				below = nodes(own.id(), level + 1, visited);
			}
			nodes.add(new TracingNode(contact, own == null ? null : viewOf.get(own.id()), below));
		}
		return nodes;
	}
}
