package org.bastion.arrivals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bastion.people.NewPerson;

/**
 * An arrival to register. The person is found by ID number or registered in {@code person.jurisdictionCode},
 * which is also the place the arrival is registered for. Rules that need more than one field (dates in
 * order, not in the future, the plate's shape, the temperature's range) are applied by {@link Arrivals}.
 *
 * @param originCode a division of the national catalogue (6 or 9 digits)
 * @param contacts people met since arrival
 * @param companions people who travelled with the arrival
 * @param roundId the screening round during which the arrival was found, if any
 * @param visitId the household visit that found the arrival, if any: a visit not yet done becomes one with
 * returnees, and its returnee count follows the persons registered from it
 * @param listEntryId the pushed-list entry the arrival was registered from, if any; the entry then shows it
 * @param handOverId the checkpoint's hand-over the arrival confirms, if any; the hand-over is then closed
 * @param clientId an id the client generated for this registration, so that a retry is stored once
 * @param personChoice {@code EXISTING} when the worker confirmed that the arrival is of the person who holds
 * the ID number under another name than the one typed; without it such an arrival is refused (rule
 * {@code nameDiffers} on {@code person.name} and {@code person.idNumber}), so that a mistyped number does
 * not attach the arrival to somebody else
 */
public record NewArrival(
		@NotNull(message = "{arrival.person.required}") @Valid NewPerson person,
		@NotBlank(message = "{arrival.originCode.required}") @Size(max = 12, message = "{arrival.originCode.unknown}") String originCode,
		@Size(max = 200, message = "{arrival.originAddress.size}") String originAddress,
		LocalDate departureDate,
		@NotNull(message = "{arrival.arrivalDate.required}") LocalDate arrivalDate,
		@NotNull(message = "{arrival.transport.mode.required}") @Valid Transport transport,
		@Size(max = 30, message = "{arrival.contacts.size}") List<@Valid ArrivalContact> contacts,
		@Size(max = 30, message = "{arrival.contacts.size}") List<@Valid ArrivalContact> companions,
		BigDecimal temperature,
		@Size(max = 200, message = "{arrival.symptoms.size}") String symptoms,
		Long roundId,
		Long visitId,
		Long listEntryId,
		Long handOverId,
		@Size(max = 64, message = "{arrival.clientId.size}") String clientId,
		@Schema(description = "EXISTING: the arrival is of the person who holds the ID number under another name "
				+ "(answer to a refusal with rule nameDiffers); omit otherwise")
		PersonChoice personChoice) {

	/** An arrival without the worker's answer to a name that differs: for callers that know the person. */
	public NewArrival(NewPerson person, String originCode, String originAddress, LocalDate departureDate,
			LocalDate arrivalDate, Transport transport, List<ArrivalContact> contacts, List<ArrivalContact> companions,
			BigDecimal temperature, String symptoms, Long roundId, Long visitId, Long listEntryId, String clientId) {
		this(person, originCode, originAddress, departureDate, arrivalDate, transport, contacts, companions,
				temperature, symptoms, roundId, visitId, listEntryId, null, clientId, null);
	}

	public NewArrival withClientId(String newClientId) {
		return new NewArrival(person, originCode, originAddress, departureDate, arrivalDate, transport, contacts,
				companions, temperature, symptoms, roundId, visitId, listEntryId, handOverId, newClientId, personChoice);
	}
}
