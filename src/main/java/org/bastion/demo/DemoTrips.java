package org.bastion.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.bastion.arrivals.NewArrival;
import org.bastion.arrivals.Transport;
import org.bastion.arrivals.TransportMode;
import org.bastion.people.NewPerson;

/**
 * The journeys home of the demo's returnees, by where they came from: the four classes the daily
 * report counts (Wuhan, the rest of Hubei, the other risk areas, elsewhere). Wuhan closed its gates on
 * the festival's eve, so nobody arrives from it after that.
 */
final class DemoTrips {

	enum Origin {

		WUHAN("420102", "420106", "420111", "420112"), REST_OF_HUBEI("420502", "420602", "420902", "421002", "421102"),
		OTHER_RISK_AREA("330302", "330382", "440305"), ELSEWHERE("440106", "510104", "500103", "530102", "320506");

		private final String[] codes;

		Origin(String... codes) {
			this.codes = codes;
		}
	}

	private static final String[] TRAINS = { "K1158", "G1325", "D2237", "K356", "G2293" };

	/** A fever on arrival for about one returnee in forty. */
	private static final int FEVER_IN = 40;

	private DemoTrips() {
	}

	/** Where a returnee arriving {@code daysFromFestival} days after the festival (negative: before) came from. */
	static Origin origin(Random random, int daysFromFestival) {
		int draw = random.nextInt(100);
		if (daysFromFestival < -1 && draw < 35) {
			return Origin.WUHAN;
		}
		if (draw < 60) {
			return Origin.REST_OF_HUBEI;
		}
		return draw < 75 ? Origin.OTHER_RISK_AREA : Origin.ELSEWHERE;
	}

	/**
	 * A day around the festival, as the returns ran: rising in the two weeks before it, then tapering
	 * over the next two; never later than {@code latest}.
	 */
	static LocalDate arrivalDate(Random random, LocalDate festival, LocalDate latest) {
		while (true) {
			int offset = random.nextInt(30) - 15;
			int weight = offset < 0 ? 16 + offset : Math.max(1, 12 - offset);
			LocalDate date = festival.plusDays(offset);
			if (random.nextInt(16) < weight && !date.isAfter(latest)) {
				return date;
			}
		}
	}

	static NewArrival trip(Random random, NewPerson person, Origin origin, LocalDate arrivalDate, Long roundId,
			Long visitId, String clientId) {
		String code = origin.codes[random.nextInt(origin.codes.length)];
		Transport transport = switch (random.nextInt(4)) {
			case 0 -> new Transport(TransportMode.CAR, (code.startsWith("42") ? "鄂A" : "川Q") + plate(random), null);
			case 1 -> new Transport(TransportMode.BUS, null, null);
			default -> new Transport(TransportMode.TRAIN, null, TRAINS[random.nextInt(TRAINS.length)]);
		};
		boolean fever = random.nextInt(FEVER_IN) == 0;
		BigDecimal temperature = BigDecimal.valueOf(fever ? 374 + random.nextInt(10) : 361 + random.nextInt(8), 1);
		return new NewArrival(person, code, null, arrivalDate.minusDays(1 + random.nextInt(2)), arrivalDate, transport,
				List.of(), List.of(), temperature, null, roundId, visitId, null, clientId);
	}

	private static String plate(Random random) {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
		StringBuilder plate = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			plate.append(letters.charAt(random.nextInt(letters.length())));
		}
		return plate.toString();
	}
}
