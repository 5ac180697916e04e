package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-quality lists (the checks of a health office): per area below the chosen one, how many
 * arrivals fail each check, and the failing arrivals of one check to put right.
 */
@Service
@Transactional
class DataQuality {

	private final DataQualityDatabase database;

	private final Arrivals arrivals;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	DataQuality(DataQualityDatabase database, Arrivals arrivals, Jurisdictions jurisdictions, CurrentViewer viewer,
			AuditTrail audit) {
		this.database = database;
		this.arrivals = arrivals;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
	}

	/**
	 * @param jurisdictionCode the node whose children are compared; null for the viewer's own area
	 * @param from null for four weeks before {@code to}; {@code to} null for today
	 */
	@Transactional(readOnly = true)
	public DataQualitySummary summary(String jurisdictionCode, LocalDate from, LocalDate to) {
		ArrivalFilter filter = arrivals.filter(jurisdictionCode, from, to, null);
		Jurisdiction node = node(jurisdictionCode);
		List<DataQualityCounts> areas = new ArrayList<>();
		if (node != null) {
			for (Jurisdiction child : jurisdictions.children(node.code())) {
				var counts = database.count(child.path().likePattern(), filter.from(), filter.to());
				areas.add(new DataQualityCounts(child.code(), child.name(), counts.arrivals(), counts.failing()));
			}
		}
		var total = database.count(filter.scope().likePattern(), filter.from(), filter.to());
		return new DataQualitySummary(new DataQualityCounts(node == null ? null : node.code(),
				node == null ? null : node.name(), total.arrivals(), total.failing()), areas, filter.from(), filter.to());
	}

	/** The arrivals of the area failing one check, newest first; audited as a list of personal data. */
	public Slice<ArrivalListItem> failing(DataQualityList check, String jurisdictionCode, LocalDate from, LocalDate to,
			String cursor, Integer limit) {
		if (check == null) {
			throw new InvalidInputException(new FieldViolation("check", "required", "quality.check.required"));
		}
		ArrivalFilter filter = arrivals.filter(jurisdictionCode, from, to, null);
		PageRequest page = PageRequest.of(cursor, limit, "arrival.filter.cursor");
		List<Arrival> rows = database.failing(check, filter.scope().likePattern(), filter.from(), filter.to(), page.after(),
				page.fetch());
		audit.record(AuditAction.SEARCH, Arrivals.ARRIVAL, "quality:" + check + " " + filter.scope());
		Slice<Arrival> slice = page.slice(rows, Arrival::id);
		return new Slice<>(arrivals.items(slice.items()), slice.nextCursor());
	}

	/** The chosen node, or the viewer's own (null for a deployment-wide viewer, whose tops are compared). */
	private Jurisdiction node(String jurisdictionCode) {
		String code = ArrivalPolicy.text(jurisdictionCode);
		if (code != null) {
			return jurisdictions.visible(code);
		}
		String own = viewer.get().scope().leafCode();
		return own == null ? null : jurisdictions.visible(own);
	}
}
