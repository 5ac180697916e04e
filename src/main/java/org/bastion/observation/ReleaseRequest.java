package org.bastion.observation;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Ends an order: on or after its end date, or earlier with a reason by HQ or medical staff. */
public record ReleaseRequest(LocalDate date, @Size(max = 200, message = "{observation.reason.size}") String reason) {
}
