package org.bastion.jurisdiction;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.jurisdiction.Divisions.Division;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/divisions")
@Tag(name = "Divisions", description = "The national catalogue of provinces, cities, counties and townships (NBS codes), "
		+ "for naming an origin anywhere in China")
class DivisionApiController {

	private final Divisions divisions;

	DivisionApiController(Divisions divisions) {
		this.divisions = divisions;
	}

	record DivisionResponse(String code, String name, DivisionLevel level, String parentCode, String fullName) {

		static DivisionResponse of(Division d) {
			return new DivisionResponse(d.code(), d.name(), d.level(), d.parentCode(), d.fullName());
		}
	}

	record DivisionDetail(String code, String name, DivisionLevel level, String parentCode, String fullName,
			List<DivisionResponse> children) {
	}

	@GetMapping
	@Operation(summary = "Search divisions by name or code",
			description = "Code prefix, or part of the name or full name (武汉 finds 湖北省武汉市 first, then its districts).")
	Slice<DivisionResponse> search(@RequestParam(required = false) String q,
			@Parameter(description = "1 to 100, default 20") @RequestParam(required = false) Integer limit) {
		return Slice.whole(divisions
			.search(JurisdictionApiController.query(q), limit == null ? JurisdictionApiController.DEFAULT_LIMIT : limit)
			.stream()
			.map(DivisionResponse::of)
			.toList());
	}

	@GetMapping("/{code}")
	@Operation(summary = "A division and the divisions directly below it")
	DivisionDetail find(@PathVariable String code) {
		Division d = divisions.find(code).orElseThrow(() -> new NotFoundException("division"));
		return new DivisionDetail(d.code(), d.name(), d.level(), d.parentCode(), d.fullName(),
				divisions.children(d.code()).stream().map(DivisionResponse::of).toList());
	}
}
