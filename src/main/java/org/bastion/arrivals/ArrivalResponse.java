package org.bastion.arrivals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.bastion.people.PersonView;
import org.springframework.context.MessageSource;

/**
 * An arrival as the API returns it; lists leave out companions, contacts and history.
 *
 * @param registeredByName the display name of who registered it ({@code registeredBy} is the login)
 */
record ArrivalResponse(long id, Boolean existing, long personId, PersonPart person, String jurisdictionCode,
		String placeName, String originCode, String originName, String originAddress, LocalDate departureDate,
		LocalDate arrivalDate, TransportPart transport, BigDecimal temperature, boolean fever, String symptoms,
		RiskLevel riskLevel, List<ReasonPart> riskReasons, Measure recommendedMeasure, Long roundId, Long visitId,
		String registeredBy, String registeredByName, Instant registeredAt, List<ArrivalContact> companions,
		List<ArrivalContact> contacts, List<ArrivalRiskChange> history) {

	record PersonPart(long id, String name, String idNumber, String phone, String jurisdictionCode, boolean masked) {

		static PersonPart of(PersonView p) {
			return p == null ? null
					: new PersonPart(p.id(), p.name(), p.idNumber(), p.phone(), p.jurisdictionCode(), p.masked());
		}
	}

	record TransportPart(TransportMode mode, String plate, String number) {
	}

	record ReasonPart(RiskReason.Code code, RiskLevel level, String areaCode, String areaName, String message) {
	}

	static ArrivalResponse of(ArrivalDetail d, Boolean existing, MessageSource messages, Locale locale) {
		return of(d.arrival(), d.person(), d.originName(), d.placeName(), d.registeredByName(), existing,
				d.companions(), d.contacts(), d.history(), messages, locale);
	}

	static ArrivalResponse of(ArrivalListItem item, MessageSource messages, Locale locale) {
		return of(item.arrival(), item.person(), item.originName(), item.placeName(), item.registeredByName(), null,
				null, null, null, messages, locale);
	}

	private static ArrivalResponse of(Arrival a, PersonView person, String originName, String placeName,
			String registeredByName, Boolean existing, List<ArrivalContact> companions, List<ArrivalContact> contacts,
			List<ArrivalRiskChange> history, MessageSource messages, Locale locale) {
		List<ReasonPart> reasons = a.riskReasons()
			.stream()
			.map(r -> new ReasonPart(r.code(), r.level(), r.areaCode(), r.areaName(),
					ArrivalTexts.reason(r, messages, locale)))
			.toList();
		return new ArrivalResponse(a.id(), existing, a.personId(), PersonPart.of(person), a.jurisdictionCode(),
				placeName, a.originCode(), originName, a.originAddress(), a.departureDate(), a.arrivalDate(),
				new TransportPart(a.transportMode(), a.plate(), a.transportNumber()), a.temperature(), a.fever(),
				a.symptoms(), a.riskLevel(), reasons, a.recommendedMeasure(), a.roundId(), a.visitId(),
				a.registeredBy(), registeredByName, a.registeredAt(), companions, contacts, history);
	}
}
