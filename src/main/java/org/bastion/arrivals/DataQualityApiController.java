package org.bastion.arrivals;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/arrivals/quality")
@Tag(name = "Arrivals")
class DataQualityApiController {

	private final DataQuality quality;

	private final MessageSource messages;

	DataQualityApiController(DataQuality quality, MessageSource messages) {
		this.quality = quality;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Data-quality counts",
			description = "For the area (default: the caller's) and each area right below it: arrivals, and how many "
					+ "fail each check (NO_VALID_ID, NO_ORIGIN_ADDRESS, NO_CONTACTS, NO_TEMPERATURE).")
	DataQualitySummary summary(@ParameterObject ArrivalPeriod period) {
		return quality.summary(period.jurisdiction(), period.from(), period.to());
	}

	@GetMapping("/{check}")
	@Operation(summary = "The arrivals failing one check", description = "Newest first, cursor paged.")
	Slice<ArrivalResponse> failing(@PathVariable DataQualityList check, @ParameterObject ArrivalPeriod period,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			Locale locale) {
		return quality.failing(check, period.jurisdiction(), period.from(), period.to(), cursor, limit)
			.map(item -> ArrivalResponse.of(item, messages, locale));
	}
}
