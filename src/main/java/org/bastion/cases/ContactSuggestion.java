package org.bastion.cases;

import java.time.LocalDate;

/** A companion or contact the case's person named when their arrival was registered. */
record ContactSuggestion(String name, String phone, String relation, LocalDate arrivalDate) {
}
