package org.bastion.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.observation.Observations;
import org.springframework.stereotype.Component;

/** A case's contacts with the state of the order each was put under, which observation keeps. */
@Component
class CaseContacts {

	private final ContactDatabase contacts;

	private final Observations observations;

	CaseContacts(ContactDatabase contacts, Observations observations) {
		this.contacts = contacts;
		this.observations = observations;
	}

	List<ContactView> ofCase(long caseId) {
		List<ContactView> rows = contacts.ofCase(caseId);
		Map<Long, ObservationStatus> statuses = observations
			.statusesOf(rows.stream().map(ContactView::observationId).filter(Objects::nonNull).toList());
		return rows.stream()
			.map(c -> new ContactView(c.id(), c.caseId(), c.personId(), c.personName(), c.relation(),
					c.lastExposureDate(), c.observationId(),
					c.observationId() == null ? null : statuses.get(c.observationId())))
			.toList();
	}
}
