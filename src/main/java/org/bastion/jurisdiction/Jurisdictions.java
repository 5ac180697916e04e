package org.bastion.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdiction tree. Reads are limited to the viewer's subtree; changes are for HQ
 * administrators, inside their subtree.
 */
@Service
@Transactional(readOnly = true)
public class Jurisdictions {

	static final String WHAT = "jurisdiction";

	private final JurisdictionDatabase database;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Jurisdictions(JurisdictionDatabase database, CurrentViewer viewer, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.database = database;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
	}

	/** Looks a node up regardless of who asks: for modules resolving a code they will scope themselves. */
	public Optional<Jurisdiction> find(String code) {
		return code == null ? Optional.empty() : database.find(code);
	}

	/**
	 * The names of the places a list names by code, keyed by code, looked up at once; a code no longer in
	 * the tree is not in the map. Not scoped: the list's own query decided what the viewer sees.
	 */
	public Map<String, String> names(Collection<String> codes) {
		return database.names(codes.stream().filter(Objects::nonNull).distinct().toList());
	}

	/**
	 * The words a form shows for the place it holds (its name with its parent's), or nothing for no code or a
	 * code that is not in the tree: the picker's text beside the code it sends. Names of places are public.
	 */
	public String label(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return find(code.strip()).map(place -> place.parentCode() == null ? place.name()
				: find(place.parentCode()).map(parent -> place.name() + " · " + parent.name()).orElse(place.name()))
			.orElse("");
	}

	/** A node the viewer may see, or not found. */
	public Jurisdiction visible(String code) {
		Jurisdiction node = find(code).orElseThrow(() -> new NotFoundException(WHAT));
		viewer.requireVisible(node.path(), WHAT);
		return node;
	}

	/**
	 * The LIKE pattern of the subtree a list is limited to: the viewer's whole area when no place is
	 * named, otherwise the named place, which the viewer must see.
	 */
	public String scopePattern(String code) {
		return code == null || code.isBlank() ? viewer.scopePattern() : visible(code.strip()).path().likePattern();
	}

	/** A node the viewer may put things in (inside their area, not read-only), or the reason not. */
	public Jurisdiction writable(String code) {
		Jurisdiction node = visible(code);
		viewer.requireWritable(node.path());
		return node;
	}

	/** The chain from the top of the tree down to {@code code}, for breadcrumbs and full names. */
	public List<Jurisdiction> lineage(String code) {
		Jurisdiction node = visible(code);
		Map<String, Jurisdiction> places = database.findAll(node.path().codes());
		return node.path().codes().stream().map(places::get).filter(java.util.Objects::nonNull).toList();
	}

	public List<Jurisdiction> children(String code) {
		return database.children(visible(code).code());
	}

	/** Which children of {@code code} have places below them to open: a table's rows ask it at once, not each. */
	public Set<String> childrenWithChildren(String code) {
		return database.childrenWithChildren(visible(code).code());
	}

	/** The nodes the viewer starts from: their own area, or the tops of the tree for the whole deployment. */
	public List<Jurisdiction> tops() {
		JurisdictionPath scope = viewer.get().scope();
		if (scope.isRoot()) {
			return database.roots();
		}
		return database.find(scope.leafCode()).map(List::of).orElse(List.of());
	}

	/** Whether the viewer's area holds every node of the tree: asked by tasks that reach the whole deployment. */
	public boolean viewerHoldsEverything() {
		JurisdictionPath scope = viewer.get().scope();
		return scope.isRoot() || database.roots().stream().allMatch(root -> scope.contains(root.path()));
	}

	public List<Jurisdiction> search(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return database.search(query.trim(), viewer.scopePattern(), Math.clamp(limit, 1, 200));
	}

	/**
	 * Places of the whole tree whose name or code matches, beyond the viewer's area: where a traveller at a
	 * checkpoint is heading may be any village of the county, and a place's name is no personal data.
	 */
	public List<Jurisdiction> searchTree(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return database.search(query.trim(), JurisdictionPath.ROOT.likePattern(), Math.clamp(limit, 1, 200));
	}

	/** The children of any place of the tree, to walk it down to a destination beyond the viewer's area. */
	public List<Jurisdiction> childrenInTree(String code) {
		return database.children(code);
	}

	/** {@link #childrenWithChildren} for any place of the tree. */
	public Set<String> childrenWithChildrenInTree(String code) {
		return database.childrenWithChildren(code);
	}

	/** The tops of the whole tree. */
	public List<Jurisdiction> treeTops() {
		return database.roots();
	}

	/** Every node of the viewer's area at or below {@code code}, in path order. */
	public List<Jurisdiction> subtree(String code) {
		return database.subtree(visible(code).path());
	}

	/** How many nodes lie below {@code code}, itself not counted. */
	public long countBelow(String code) {
		return database.countBelow(visible(code).path()) - 1;
	}

	@Transactional
	@PreAuthorize(Roles.HQ)
	public Jurisdiction create(NewJurisdiction request) {
		if (database.find(request.code()).isPresent()) {
			throw new ConflictException("jurisdiction.code.taken", database.find(request.code()).get(),
					request.code());
		}
		Jurisdiction node;
		if (request.parentCode() == null || request.parentCode().isBlank()) {
			if (!viewer.get().scope().isRoot()) {
				throw new ForbiddenException("error.outsideArea");
			}
			node = new Jurisdiction(request.code(), request.name().trim(), null,
					request.level() == null ? JurisdictionLevel.COUNTY : request.level(),
					JurisdictionPath.of(request.code()));
		}
		else {
			Jurisdiction parent = find(request.parentCode()).orElseThrow(() -> new InvalidInputException(
					new FieldViolation("parentCode", "exists", "jurisdiction.parent.unknown", request.parentCode())));
			viewer.requireWritable(parent.path());
			node = new Jurisdiction(request.code(), request.name().trim(), parent.code(),
					request.level() == null ? parent.level().below() : request.level(),
					parent.path().child(request.code()));
		}
		database.insert(node);
		audit.record(AuditAction.CREATE, "jurisdiction:" + node.code(), node.name());
		return node;
	}

	@Transactional
	@PreAuthorize(Roles.HQ)
	public Jurisdiction rename(String code, String name) {
		Jurisdiction node = writable(code);
		if (name == null || name.isBlank() || name.trim().length() > 100) {
			throw new InvalidInputException(new FieldViolation("name", "size", "jurisdiction.name.size"));
		}
		database.rename(code, name.trim());
		audit.record(AuditAction.UPDATE, "jurisdiction:" + code, node.name() + " -> " + name.trim());
		return database.find(code).orElseThrow();
	}

	/** Hangs a node and its whole subtree under another parent inside the viewer's area. */
	@Transactional
	@PreAuthorize(Roles.HQ)
	public Jurisdiction move(String code, String newParentCode) {
		Jurisdiction node = writable(code);
		Jurisdiction parent = find(newParentCode).orElseThrow(() -> new InvalidInputException(
				new FieldViolation("parentCode", "exists", "jurisdiction.parent.unknown", newParentCode)));
		viewer.requireWritable(parent.path());
		if (node.path().contains(parent.path())) {
			throw new InvalidInputException(
					new FieldViolation("parentCode", "notBelowItself", "jurisdiction.move.intoItself"));
		}
		JurisdictionPath newPath = parent.path().child(code);
		database.move(code, parent.code(), node.path(), newPath);
		events.publishEvent(new JurisdictionMoved(code, node.path().value(), newPath.value()));
		audit.record(AuditAction.UPDATE, "jurisdiction:" + code, node.path() + " -> " + newPath);
		return database.find(code).orElseThrow();
	}
}
