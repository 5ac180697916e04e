/**
 * Persons and households: registration, search, the person's page, households with their head and
 * members, special-care flags, and the rules for resident ID numbers and mobile phones.
 *
 * <p>The person is the hub other modules point at (a returnee, an observed person, a contact are all
 * persons), so this module deduplicates on the ID number. Public API: {@link org.bastion.people.People}
 * for everything a signed-in user does, {@link org.bastion.people.PeopleBulkLoad} for loading generated
 * or imported populations in batches, {@link org.bastion.people.IdNumber} and
 * {@link org.bastion.people.PhoneNumber} with their records, and the person's timeline:
 * {@link org.bastion.people.PersonTimeline} merges the entries of every
 * {@link org.bastion.people.PersonTimelineSource}, the port each module with facts about a person implements
 * (this module knows none of them). Every query is limited to the viewer's area;
 * ID numbers and phones are masked for viewers who may not read them, and every view is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "shared", "jurisdiction" })
package org.bastion.people;
