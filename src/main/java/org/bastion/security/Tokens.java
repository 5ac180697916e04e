package org.bastion.security;

import java.time.Instant;
import java.util.List;

import org.bastion.shared.AuditAction;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens as their owner and administrators manage them: listed without their secret, revoked one
 * by one or all at once, each revocation in the audit log. A token of someone else is not found,
 * unless the caller administers the area of its account.
 */
@Service
@Transactional(readOnly = true)
class Tokens {

	private final ApiTokens tokens;

	private final UserDatabase users;

	private final CurrentViewer viewer;

	private final AuditLog audit;

	Tokens(ApiTokens tokens, UserDatabase users, CurrentViewer viewer, AuditLog audit) {
		this.tokens = tokens;
		this.users = users;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** A token without its secret; {@code current} when it signed in the request asking. */
	public record TokenInfo(long id, Instant createdAt, Instant expiresAt, boolean current) {
	}

	/** The caller's own unexpired tokens, newest first. */
	public List<TokenInfo> mine() {
		return list(viewer.get().userId());
	}

	/** The unexpired tokens of an account inside the administrator's area. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<TokenInfo> ofUser(long userId) {
		return list(administered(userId).id());
	}

	/** Revokes the token the current request was signed in with. */
	@Transactional
	public void revokeCurrent() {
		Long current = currentTokenId();
		if (current == null) {
			throw new NotFoundException("token");
		}
		revoke(current);
	}

	/** Revokes one token of the caller's, or of an account the caller administers. */
	@Transactional
	public void revoke(long id) {
		ApiTokens.Row token = tokens.find(id).orElseThrow(() -> new NotFoundException("token"));
		Viewer v = viewer.get();
		UserAccount owner = users.findById(token.userId()).orElseThrow().account();
		boolean own = owner.id() == v.userId();
		boolean administers = Role.SYSTEM_ADMIN.name().equals(v.role()) && v.canSee(owner.jurisdictionPath());
		if (!own && !administers) {
			throw new NotFoundException("token");
		}
		tokens.revoke(id);
		audit.record(AuditAction.TOKEN_REVOKED, "user:" + owner.username(), "token " + id);
	}

	/** Revokes every token of an account inside the administrator's area; how many there were. */
	@Transactional
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public int revokeAllOf(long userId) {
		UserAccount owner = administered(userId);
		return revokeAll(owner.id(), owner.username(), "by administrator");
	}

	/** Revokes every token of an account that signs out of the pages asking for it. */
	@Transactional
	int revokeAll(long userId, String username, String why) {
		int revoked = tokens.revokeAll(userId);
		audit.recordAs(viewerName(username), AuditAction.TOKEN_REVOKED, "user:" + username,
				"all tokens (" + revoked + ") " + why);
		return revoked;
	}

	private List<TokenInfo> list(long userId) {
		Long current = currentTokenId();
		return tokens.of(userId)
			.stream()
			.map(t -> new TokenInfo(t.id(), t.createdAt(), t.expiresAt(), current != null && current == t.id()))
			.toList();
	}

	private UserAccount administered(long userId) {
		UserAccount account = users.findById(userId)
			.map(UserDatabase.StoredUser::account)
			.orElseThrow(() -> new NotFoundException("user"));
		viewer.requireVisible(account.jurisdictionPath(), "user");
		return account;
	}

	private static Long currentTokenId() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getDetails() instanceof ApiTokens.TokenId token ? token.id() : null;
	}

	/** Who revokes: the signed-in caller, or the account itself when it is signing out. */
	private static String viewerName(String fallback) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? fallback : auth.getName();
	}
}
