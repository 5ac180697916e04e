package org.bastion.cases;

import java.util.List;

/** What a batch of contacts stored: the new contacts, and how many rows named a contact already there. */
public record ContactBatchOutcome(List<ContactView> added, int duplicates) {
}
