package org.bastion.cases;

import java.util.List;

/**
 * A contact in the tracing view, with the case they became themselves (null if none) and that case's
 * own contacts.
 */
record TracingNode(ContactView contact, CaseView caseOfContact, List<TracingNode> contacts) {
}
