package org.bastion.web;

import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.bastion.shared.WorkWaiting.Shown;
import org.bastion.shared.WorkWaiting.Waiting;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The work waiting for the signed-in person, as every {@link WorkWaiting} bean answers it, for the badges of
 * the navigation and the lists of the home page. The shell shows what the modules answer and counts nothing
 * itself, so a module adds its waiting work without touching the web module.
 */
@Component("waitingWork")
class WaitingWork {

	private final ObjectProvider<WorkWaiting> sources;

	private final ObjectProvider<CurrentViewer> viewer;

	/** Both through providers: a controller's slice test renders the layout with no source and no viewer. */
	WaitingWork(ObjectProvider<WorkWaiting> sources, ObjectProvider<CurrentViewer> viewer) {
		this.sources = sources;
		this.viewer = viewer;
	}

	/** What cannot wait, by its counts, for the navigation's badges on every page. */
	public List<Waiting> now() {
		return asked(Shown.IN_NAVIGATION);
	}

	/** Every kind of waiting work of the signed-in person with its first items, in the order of the sources' beans. */
	List<Waiting> home() {
		return asked(Shown.ON_HOME);
	}

	private List<Waiting> asked(Shown shown) {
		List<WorkWaiting> all = sources.orderedStream().toList();
		if (all.isEmpty()) {
			return List.of();
		}
		Viewer me = viewer.getObject().get();
		List<Waiting> waiting = new ArrayList<>();
		try {
			all.forEach(source -> waiting.addAll(source.waiting(me, shown)));
		}
		catch (DataAccessException | TransactionException outage) {
			// The badges sit on every page, the outage page too: without the database it shows none, and says why.
			return List.of();
		}
		return waiting;
	}
}
