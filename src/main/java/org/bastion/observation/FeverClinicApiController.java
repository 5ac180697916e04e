package org.bastion.observation;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.observation.Alerts.AlertReferral;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The fever clinics HQ keeps, and the referral of an alert's person to one of them. */
@RestController
@Tag(name = "Fever clinics", description = "发热门诊: where an alert's person is referred; HQ keeps the list per area")
class FeverClinicApiController {

	private final FeverClinics clinics;

	private final Alerts alerts;

	FeverClinicApiController(FeverClinics clinics, Alerts alerts) {
		this.clinics = clinics;
		this.alerts = alerts;
	}

	@GetMapping("/api/v1/fever-clinics")
	@Operation(summary = "The fever clinics of the caller's area and below", description = "Active first; retired ones keep their referrals.")
	Slice<FeverClinic> list() {
		return Slice.whole(clinics.list());
	}

	@PostMapping("/api/v1/fever-clinics")
	@Operation(summary = "Add a fever clinic to an area (HQ)",
			description = "name, address, phone (optional, digits and dashes), jurisdictionCode of the area it serves. 201; "
					+ "a repeated clientId or Idempotency-Key answers the first with 200.")
	ResponseEntity<FeverClinic> add(@RequestBody NewFeverClinic body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		FeverClinic clinic = clinics.add(new NewFeverClinic(body.name(), body.address(), body.phone(),
				body.jurisdictionCode(), Idempotency.clientId(idempotencyKey, body.clientId(), "clinic.clientId.size")));
		return ResponseEntity.status(clinic.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/fever-clinics/" + clinic.id()))
			.body(clinic);
	}

	@PostMapping("/api/v1/alerts/{id}/referral")
	@Operation(summary = "Refer an alert's person to a fever clinic",
			description = "clinicId: one of the clinics serving the alert's place (its township's or the county's); closes the "
					+ "alert as referred, with the clinic recorded on it. 409 when the alert was closed already.")
	AlertView refer(@PathVariable long id, @RequestBody AlertReferral body) {
		return alerts.refer(id, body);
	}
}
