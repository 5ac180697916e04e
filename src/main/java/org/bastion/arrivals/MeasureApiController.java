package org.bastion.arrivals;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "Measures", description = "The table from risk level and fever to the recommended measure")
class MeasureApiController {

	private final Measures measures;

	MeasureApiController(Measures measures) {
		this.measures = measures;
	}

	record TableBody(List<@Valid MeasureTableRow> rules) {
	}

	@GetMapping
	@Operation(summary = "The measures table", description = "Eight rows: each risk level without and with fever (≥ 37.3 °C).")
	MeasureTable table() {
		return measures.table();
	}

	@PutMapping
	@Operation(summary = "Replace the measures table (HQ)",
			description = "All eight rows; a fever row may not be weaker than home observation nor than its level without fever.")
	MeasureTable replace(@Valid @RequestBody TableBody body) {
		return measures.replace(body.rules() == null ? List.of() : body.rules());
	}
}
