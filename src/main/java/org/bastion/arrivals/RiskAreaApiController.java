package org.bastion.arrivals;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/risk-areas")
@Tag(name = "Risk areas", description = "Areas HQ designates as high, medium or low risk; each change re-assesses recent arrivals")
class RiskAreaApiController {

	private final RiskAreas riskAreas;

	RiskAreaApiController(RiskAreas riskAreas) {
		this.riskAreas = riskAreas;
	}

	/** The area as saved, and how many arrivals of the last 28 days changed level or measure. */
	record OutcomeResponse(long id, String divisionCode, String divisionName, String level, LocalDate from,
			LocalDate to, int arrivalsChanged) {

		static OutcomeResponse of(RiskAreas.Outcome outcome) {
			RiskArea a = outcome.area();
			return new OutcomeResponse(a.id(), a.divisionCode(), a.divisionName(), a.level().name(), a.from(), a.to(),
					outcome.arrivalsChanged());
		}
	}

	/** @param to the last day; null for yesterday */
	record EndRequest(LocalDate to) {
	}

	@GetMapping
	@Operation(summary = "All designations, the latest first, ended ones included")
	Slice<RiskArea> list() {
		return Slice.whole(riskAreas.list());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One designation")
	RiskArea find(@PathVariable long id) {
		return riskAreas.find(id);
	}

	@PostMapping
	@Operation(summary = "Designate a risk area (HQ)",
			description = "divisionCode: province, city, county (6 digits) or township (9 digits) of the national catalogue; "
					+ "`to` empty leaves it open.")
	ResponseEntity<OutcomeResponse> designate(@Valid @RequestBody RiskAreaRequest body) {
		OutcomeResponse response = OutcomeResponse.of(riskAreas.designate(body));
		return ResponseEntity.created(URI.create("/api/v1/risk-areas/" + response.id())).body(response);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a designation (HQ)")
	OutcomeResponse change(@PathVariable long id, @Valid @RequestBody RiskAreaRequest body) {
		return OutcomeResponse.of(riskAreas.change(id, body));
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End a designation (HQ)", description = "`to` becomes its last day; default yesterday.")
	OutcomeResponse end(@PathVariable long id, @RequestBody(required = false) EndRequest body) {
		return OutcomeResponse.of(riskAreas.end(id, body == null ? null : body.to()));
	}
}
