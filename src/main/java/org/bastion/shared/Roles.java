package org.bastion.shared;

/**
 * The groups of roles the services' {@code @PreAuthorize} rules name, written once so that a role added
 * to a group is added on every path that group guards (a page and the API call the same service).
 */
public final class Roles {

	/** The county's headquarters: whoever keeps the tables the whole county works from. */
	public static final String HQ = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF')";

	/** HQ and township staff: whoever opens work for the areas below them. */
	public static final String AREA_MANAGERS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF')";

	/** Whether a page offers the viewer what {@link #AREA_MANAGERS} guards, so that nobody is shown a form the service refuses. */
	public static boolean managesAreas(Viewer viewer) {
		return !viewer.readOnly() && java.util.Set.of("SYSTEM_ADMIN", "HQ_STAFF", "TOWNSHIP_STAFF").contains(viewer.role());
	}

	/** Everyone who works the grids, down to the grid worker. */
	public static final String GRID_WORKERS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_CADRE', 'GRID_WORKER')";

	/** Everyone who records observation, isolation and health facts: the grid workers and medical staff. */
	public static final String HEALTH_WORKERS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_CADRE', 'GRID_WORKER', 'MEDICAL_STAFF')";

	/** Whoever registers vehicles and people at a checkpoint: its staff, the grids' workers and the HQs; not leaders. */
	public static final String PASSAGE_REGISTRARS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_CADRE', 'GRID_WORKER', 'CHECKPOINT_STAFF')";

	/** Whether a page offers the viewer the passage form {@link #PASSAGE_REGISTRARS} guards. */
	public static boolean registersPassages(Viewer viewer) {
		return !viewer.readOnly() && java.util.Set.of("SYSTEM_ADMIN", "HQ_STAFF", "TOWNSHIP_STAFF", "VILLAGE_CADRE",
				"GRID_WORKER", "CHECKPOINT_STAFF").contains(viewer.role());
	}

	private Roles() {
	}
}
