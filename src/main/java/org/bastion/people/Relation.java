package org.bastion.people;

/** How a member of a household is related to its head (与户主关系). */
public enum Relation {
	HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, CHILD_IN_LAW, OTHER
}
