package org.bastion.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log. Entries are written in the caller's transaction, so a change and its entry
 * stand or fall together; reading the log is itself not logged.
 */
@Service
class AuditLog implements AuditTrail {

	private static final String INSERT = "INSERT INTO audit_log (username, action, target, detail, client_ip) VALUES (?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AuditLog(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void record(AuditAction action, String target, String detail) {
		recordAs(currentUsername(), action, target, detail);
	}

	void recordAs(String username, AuditAction action, String target, String detail) {
		jdbc.sql(INSERT)
			.params(truncate(username, 64), action.name(), truncate(target, 200), truncate(detail, 1000), clientIp())
			.update();
	}

	@Override
	public Line lineFor(AuditAction action, String targetPrefix, String detail) {
		// The parameters typed, as the values of a SELECT have no column to take their types from.
		return new Line("INSERT INTO audit_log (username, action, target, detail, client_ip) SELECT CAST(? AS VARCHAR(64)),"
				+ " CAST(? AS VARCHAR(24)), CONCAT(CAST(? AS VARCHAR(180)), id), CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(64))",
				Arrays.asList(truncate(currentUsername(), 64), action.name(), truncate(targetPrefix, 180),
						truncate(detail, 1000), clientIp()));
	}

	@Override
	public void recordAll(AuditAction action, List<String> targets, String detail) {
		if (targets.size() == 1) {
			record(action, targets.getFirst(), detail);
			return;
		}
		String username = truncate(currentUsername(), 64);
		String ip = clientIp();
		String said = truncate(detail, 1000);
		batch.batchUpdate(INSERT, targets, targets.size(), (ps, target) -> {
			ps.setString(1, username);
			ps.setString(2, action.name());
			ps.setString(3, truncate(target, 200));
			ps.setString(4, said);
			ps.setString(5, ip);
		});
	}

	/** The newest entries first, filtered by user and action when given; {@code beforeId} pages back. */
	public List<AuditEntry> recent(String username, AuditAction action, Long beforeId, int limit) {
		StringBuilder sql = new StringBuilder(
				"SELECT id, at, username, action, target, detail, client_ip FROM audit_log WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (username != null && !username.isBlank()) {
			sql.append(" AND username = :username");
			params.put("username", username.trim());
		}
		if (action != null) {
			sql.append(" AND action = :action");
			params.put("action", action.name());
		}
		if (beforeId != null) {
			sql.append(" AND id < :before");
			params.put("before", beforeId);
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		params.put("limit", Math.clamp(limit, 1, 1000));
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("username"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
					rs.getString("detail"), rs.getString("client_ip")))
			.list();
	}

	private static String currentUsername() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "anonymous" : auth.getName();
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
