package org.bastion.shared;

import org.springframework.validation.BindingResult;

/** Puts a rule broken below the controller onto the form, beside the field it names. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Each violation beside its field, or above the form when the form has no such field. A field already
	 * refused by the form itself (a date that is no date) keeps that one message: the service, which saw no
	 * date, would only add "required" beside it.
	 */
	public static void reject(BindingResult form, InvalidInputException problem) {
		for (FieldViolation violation : problem.violations()) {
			if (form.getTarget() != null && hasField(form, violation.field())) {
				if (form.hasFieldErrors(violation.field())) {
					continue;
				}
				form.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.rule());
			}
			else {
				form.reject(violation.messageKey(), violation.arguments(), violation.rule());
			}
		}
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			form.getFieldType(field);
			return form.getFieldType(field) != null;
		}
		catch (RuntimeException notAField) {
			return false;
		}
	}
}
