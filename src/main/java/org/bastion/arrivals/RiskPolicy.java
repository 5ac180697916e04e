package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules that give an arrival its risk level, each naming the designated area behind it. The
 * level is the most severe any rule gives; an ID number's region is only a hint (people live far
 * from where their number was issued), so it never gives more than LOW.
 */
sealed interface RiskPolicy permits RiskPolicy.FromOrigin, RiskPolicy.FromPlate, RiskPolicy.FromIdNumber {

	/** What the rules look at. {@code idRegion} is the first six digits of the ID number, or null. */
	record Facts(String originCode, TransportPlate plate, String idRegion, LocalDate arrivalDate) {
	}

	List<RiskPolicy> ALL = List.of(new FromOrigin(), new FromPlate(), new FromIdNumber());

	/** The reason this rule gives, if any, from the areas in force on the arrival date. */
	Optional<RiskReason> reason(Facts facts, List<RiskArea> inForce);

	/** Applies every rule to the areas in force on the arrival date. */
	static RiskAssessment assess(Facts facts, Collection<RiskArea> areas) {
		List<RiskArea> inForce = areas.stream().filter(area -> area.activeOn(facts.arrivalDate())).toList();
		List<RiskReason> reasons = new ArrayList<>();
		for (RiskPolicy rule : ALL) {
			rule.reason(facts, inForce).ifPresent(reasons::add);
		}
		reasons.sort(Comparator.comparing(RiskReason::level).reversed());
		RiskLevel level = reasons.stream().map(RiskReason::level).reduce(RiskLevel.NONE, RiskLevel::max);
		return new RiskAssessment(level, reasons);
	}

	/** The most severe area matching, the smallest area first among equals (it says most). */
	private static Optional<RiskArea> mostSevere(List<RiskArea> inForce, Predicate<RiskArea> matching) {
		return inForce.stream()
			.filter(matching)
			.max(Comparator.comparing(RiskArea::level)
				.thenComparing(area -> RiskArea.prefixOf(area.divisionCode()).length()));
	}

	/** The origin lies in a designated area (province contains city contains county contains township). */
	record FromOrigin() implements RiskPolicy {

		@Override
		public Optional<RiskReason> reason(Facts facts, List<RiskArea> inForce) {
			return mostSevere(inForce, area -> area.contains(facts.originCode()))
				.map(area -> new RiskReason(RiskReason.Code.ORIGIN, area.level(), area.divisionCode(),
						area.divisionName(), null));
		}
	}

	/** The plate was issued in a province that holds a designated area (鄂 while Wuhan is high risk). */
	record FromPlate() implements RiskPolicy {

		@Override
		public Optional<RiskReason> reason(Facts facts, List<RiskArea> inForce) {
			if (facts.plate() == null) {
				return Optional.empty();
			}
			String province = facts.plate().provinceCode();
			return mostSevere(inForce, area -> area.inProvince(province))
				.map(area -> new RiskReason(RiskReason.Code.PLATE, area.level(), area.divisionCode(),
						area.divisionName(), String.valueOf(facts.plate().provinceCharacter())));
		}
	}

	/** The ID number was issued in a designated area: a hint to ask about the trip, at most LOW. */
	record FromIdNumber() implements RiskPolicy {

		@Override
		public Optional<RiskReason> reason(Facts facts, List<RiskArea> inForce) {
			if (facts.idRegion() == null || facts.idRegion().length() != 6) {
				return Optional.empty();
			}
			return mostSevere(inForce, area -> area.contains(facts.idRegion()))
				.map(area -> new RiskReason(RiskReason.Code.ID_HINT, RiskLevel.LOW, area.divisionCode(),
						area.divisionName(), facts.idRegion()));
		}
	}
}
