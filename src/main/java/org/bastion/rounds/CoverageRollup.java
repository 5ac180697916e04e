package org.bastion.rounds;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.shared.JurisdictionPath;

/**
 * Adds up visit counts grouped by place and status into an area and its children. The database groups
 * by the full path (a few thousand groups for a county); which child a path belongs to is read off the
 * path here, so children whose codes differ in length need no special SQL.
 */
final class CoverageRollup {

	/** The visits of one round at one place with one status. */
	record Count(JurisdictionPath path, VisitStatus status, long count) {
	}

	/** An area below the node, in the order the report lists them. */
	record Child(String code, String name) {
	}

	private CoverageRollup() {
	}

	static CoverageReport of(long roundId, LocalDate deadline, boolean pastDeadline, String nodeCode,
			String nodeName, JurisdictionPath nodePath, List<Child> children, List<Count> counts) {
		Coverage node = Coverage.empty(nodeCode, nodeName);
		Map<String, Coverage> byChild = new LinkedHashMap<>();
		for (Child child : children) {
			byChild.put(child.code(), Coverage.empty(child.code(), child.name()));
		}
		int childDepth = nodePath.depth();
		for (Count count : counts) {
			if (!nodePath.contains(count.path())) {
				continue;
			}
			node = node.plus(count.status(), count.count(), pastDeadline);
			List<String> codes = count.path().codes();
			if (codes.size() > childDepth) {
				byChild.computeIfPresent(codes.get(childDepth),
						(code, coverage) -> coverage.plus(count.status(), count.count(), pastDeadline));
			}
		}
		return new CoverageReport(roundId, deadline, pastDeadline, node, List.copyOf(byChild.values()));
	}
}
