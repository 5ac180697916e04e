package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.validation.BindingResult;

/**
 * The roadside form: a plate, the kind of vehicle, how many people with a row for each, and what was done.
 * It shows {@link #ROWS} rows, all of them sent back (a refused form shows the same object again, which keeps
 * its errors); the count says how many of them were filled. The temperature comes as typed,
 * so that a slip of the thumb is refused beside its field rather than by the binder.
 */
record PassageForm(String clientId, String plate, PassageVehicle vehicleType, PassageOutcome outcome,
		Integer occupantCount, List<Occupant> occupants) {

	/** The rows a phone shows at once: a car full, a van, and a few more. */
	static final int ROWS = 9;

	record Occupant(String name, String idNumber, String phone, String temperature, String originCode,
			String destinationCode, String purpose) {

		static Occupant blank() {
			return new Occupant(null, null, null, null, null, null, null);
		}
	}

	/** The empty form for the next vehicle: a car, one person, let through, a fresh client id. */
	static PassageForm empty() {
		List<Occupant> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(Occupant.blank());
		}
		return new PassageForm(UUID.randomUUID().toString(), null, PassageVehicle.CAR, PassageOutcome.PASSED, 1, rows);
	}

	public int count() {
		return occupantCount == null || occupantCount < 1 ? 1 : Math.min(occupantCount, ROWS);
	}

	/** The passage the form stands for: the first {@link #count()} rows; a temperature that is no number is refused. */
	NewPassage toRequest(BindingResult binding) {
		List<NewPassage.Occupant> people = new ArrayList<>();
		List<Occupant> rows = occupants == null ? List.of() : occupants;
		for (int i = 0; i < count(); i++) {
			Occupant row = i < rows.size() && rows.get(i) != null ? rows.get(i) : Occupant.blank();
			BigDecimal temperature = null;
			String typed = PassagePolicy.text(row.temperature());
			if (typed != null) {
				try {
					temperature = new BigDecimal(typed.replace('，', '.').replace(',', '.'));
				}
				catch (NumberFormatException notANumber) {
					binding.rejectValue("occupants[" + i + "].temperature", "passage.occupant.temperature.range",
							new Object[] { PassagePolicy.LOWEST_TEMPERATURE.toPlainString(),
									PassagePolicy.HIGHEST_TEMPERATURE.toPlainString() }, "range");
				}
			}
			people.add(new NewPassage.Occupant(row.name(), row.idNumber(), row.phone(), temperature, row.originCode(),
					row.destinationCode(), row.purpose()));
		}
		return new NewPassage(clientId, plate, vehicleType, people, outcome);
	}
}
