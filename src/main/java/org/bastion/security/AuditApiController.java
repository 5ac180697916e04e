package org.bastion.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.AuditAction;
import org.bastion.shared.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Audit log, newest first; page back with before = the nextCursor of the page")
	Slice<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String user,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) Long before) {
		List<AuditEntry> items = audit.recent(user, action, before, limit);
		boolean full = items.size() == Math.clamp(limit, 1, 1000) && !items.isEmpty();
		return new Slice<>(items, full ? String.valueOf(items.getLast().id()) : null);
	}
}
