package org.bastion.security;

import java.util.List;

import jakarta.validation.Valid;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: the accounts of their area, and the audit log. */
@Controller
class AdminPagesController {

	private static final int AUDIT_PAGE = 50;

	private final Users users;

	private final AuditLog audit;

	private final FieldClock clock;

	private final AccountNames names;

	AdminPagesController(Users users, AuditLog audit, FieldClock clock, AccountNames names) {
		this.names = names;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("accounts", users.list());
		if (!model.containsAttribute("newUser")) {
			model.addAttribute("newUser", new NewUser("", "", "", Role.GRID_WORKER, ""));
		}
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("newUser") NewUser newUser, BindingResult form, Model model,
			RedirectAttributes redirect) {
		if (!form.hasErrors()) {
			try {
				users.create(newUser);
				redirect.addFlashAttribute("created", newUser.username());
				return "redirect:/admin/users";
			}
			catch (InvalidInputException invalid) {
				FormErrors.reject(form, invalid);
			}
			catch (ConflictException taken) {
				form.rejectValue("username", taken.messageKey(), taken.arguments(), taken.messageKey());
			}
		}
		model.addAttribute("accounts", users.list());
		return "admin/users";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String user, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) Long before, Model model) {
		List<AuditEntry> entries = audit.recent(user, action, before, AUDIT_PAGE);
		model.addAttribute("entries", entries);
		// Each account's name beside its login, looked up once for the page.
		model.addAttribute("names", names.namer(entries.stream().map(AuditEntry::username).distinct().toList()));
		model.addAttribute("zone", clock.zone());
		model.addAttribute("user", user);
		model.addAttribute("action", action);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("nextBefore", entries.size() == AUDIT_PAGE ? entries.getLast().id() : null);
		return "admin/audit";
	}
}
