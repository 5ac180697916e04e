package org.bastion.cases;

import java.util.List;

/** A case and the chain of its contacts: case, contacts, their contacts. */
record TracingTree(CaseView root, List<TracingNode> contacts) {
}
