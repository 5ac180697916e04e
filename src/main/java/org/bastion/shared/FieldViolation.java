package org.bastion.shared;

/** One bad field: its name, the rule it broke, and the message key saying so. */
public record FieldViolation(String field, String rule, String messageKey, Object... arguments) {
}
