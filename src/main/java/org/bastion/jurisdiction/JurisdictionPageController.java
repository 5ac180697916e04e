package org.bastion.jurisdiction;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tree's pages: the user's area and a search, a node with its lineage and children, and HQ's changes. */
@Controller
class JurisdictionPageController {

	private static final String NODE = "jurisdictions/node";

	private static final int SEARCH_LIMIT = 50;

	private final Jurisdictions jurisdictions;

	private final MessageSource messages;

	JurisdictionPageController(Jurisdictions jurisdictions, MessageSource messages) {
		this.jurisdictions = jurisdictions;
		this.messages = messages;
	}

	@GetMapping("/jurisdictions")
	String index(@RequestParam(required = false) String q, Model model, Locale locale) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("tops", jurisdictions.tops());
		List<Jurisdiction> results = List.of();
		try {
			results = jurisdictions.search(JurisdictionApiController.query(q), SEARCH_LIMIT);
		}
		catch (InvalidInputException refused) {
			var violation = refused.violations().getFirst();
			model.addAttribute("searchError", messages.getMessage(violation.messageKey(), violation.arguments(), locale));
		}
		model.addAttribute("searched", q != null && !q.isBlank());
		model.addAttribute("results", results);
		return "jurisdictions/index";
	}

	@GetMapping("/jurisdictions/{code}")
	String node(@PathVariable String code, Model model) {
		model.addAttribute("child", JurisdictionForms.Child.blank());
		model.addAttribute("moving", JurisdictionForms.Move.blank());
		return nodePage(code, model);
	}

	@PostMapping("/jurisdictions/{code}/children")
	String addChild(@PathVariable String code, @Valid @ModelAttribute("child") JurisdictionForms.Child form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		model.addAttribute("moving", JurisdictionForms.Move.blank());
		if (binding.hasErrors()) {
			return nodePage(code, model);
		}
		var request = form.toNew(code, binding);
		if (binding.hasErrors()) {
			return nodePage(code, model);
		}
		try {
			Jurisdiction added = jurisdictions.create(request);
			redirect.addFlashAttribute("notice", "jurisdiction.added");
			redirect.addFlashAttribute("noticeArgument", added.name());
			return "redirect:/jurisdictions/" + code;
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return nodePage(code, model);
		}
		catch (ConflictException taken) {
			binding.rejectValue("code", taken.messageKey(), taken.arguments(), taken.messageKey());
			return nodePage(code, model);
		}
	}

	@PostMapping("/jurisdictions/{code}/rename")
	String rename(@PathVariable String code, @Valid @ModelAttribute("renaming") JurisdictionForms.Rename form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		model.addAttribute("child", JurisdictionForms.Child.blank());
		model.addAttribute("moving", JurisdictionForms.Move.blank());
		if (binding.hasErrors()) {
			return nodePage(code, model);
		}
		try {
			jurisdictions.rename(code, form.name());
			redirect.addFlashAttribute("notice", "jurisdiction.renamed");
			return "redirect:/jurisdictions/" + code;
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return nodePage(code, model);
		}
	}

	@PostMapping("/jurisdictions/{code}/move")
	String move(@PathVariable String code, @Valid @ModelAttribute("moving") JurisdictionForms.Move form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		model.addAttribute("child", JurisdictionForms.Child.blank());
		if (binding.hasErrors()) {
			return nodePage(code, model);
		}
		try {
			jurisdictions.move(code, form.parentCode().strip());
			redirect.addFlashAttribute("notice", "jurisdiction.moved");
			return "redirect:/jurisdictions/" + code;
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return nodePage(code, model);
		}
	}

	private String nodePage(String code, Model model) {
		Jurisdiction node = jurisdictions.visible(code);
		List<Jurisdiction> children = jurisdictions.children(code);
		model.addAttribute("node", node);
		model.addAttribute("lineage", jurisdictions.lineage(code));
		model.addAttribute("children", children);
		model.addAttribute("descendants", jurisdictions.countBelow(code));
		model.addAttribute("levels", JurisdictionLevel.values());
		if (!model.containsAttribute("renaming")) {
			model.addAttribute("renaming", new JurisdictionForms.Rename(node.name()));
		}
		return NODE;
	}
}
