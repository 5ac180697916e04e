package org.bastion.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionMoved;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created by administrators for a role and an area inside their own. */
@Service
@Transactional(readOnly = true)
public class Users {

	private final UserDatabase database;

	private final PasswordEncoder passwords;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditLog audit;

	Users(UserDatabase database, PasswordEncoder passwords, Jurisdictions jurisdictions, CurrentViewer viewer,
			AuditLog audit) {
		this.database = database;
		this.passwords = passwords;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount create(NewUser user) {
		Jurisdiction area = jurisdictions.find(user.jurisdictionCode())
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("jurisdictionCode", "exists",
					"jurisdiction.unknown", user.jurisdictionCode())));
		viewer.requireWritable(area.path());
		UserAccount created = createUnchecked(user, area.code(), area.path());
		audit.record(AuditAction.CREATE, "user:" + user.username(), user.role() + " " + area.code());
		return created;
	}

	/** Creates an account without a signed-in administrator: the first admin and demo accounts. */
	@Transactional
	public UserAccount createUnchecked(NewUser user, String jurisdictionCode, JurisdictionPath path) {
		if (database.findByUsername(user.username()).isPresent()) {
			throw new ConflictException("user.username.taken", null, user.username());
		}
		long id = database.insert(user.username(), user.displayName(), passwords.encode(user.password()),
				user.role(), jurisdictionCode, path);
		return database.findById(id).orElseThrow().account();
	}

	/** An account by id, for records that name a user (the monitor of an observation order). */
	public Optional<UserAccount> find(long id) {
		return database.findById(id).map(UserDatabase.StoredUser::account);
	}

	/** Enabled accounts of the given roles whose area holds {@code path}: who may be made responsible for a place. */
	public List<UserAccount> coveringPlace(JurisdictionPath path, Set<Role> roles) {
		return database.covering(path.value()).stream()
			.filter(account -> account.enabled() && roles.contains(account.role()))
			.toList();
	}

	public boolean exists(String username) {
		return database.findByUsername(username).isPresent();
	}

	public boolean none() {
		return database.count() == 0;
	}

	/** Accounts inside the viewer's area. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<UserAccount> list() {
		return database.listWithin(viewer.scopePattern());
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		database.repath(moved.oldPath(), moved.newPath());
	}
}
