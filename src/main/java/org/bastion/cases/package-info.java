/**
 * Cases and close contacts (病例与密切接触者): cases with their status history, contacts entered in bulk or
 * picked from an arrival's companions and put under observation in one action, the tracing tree and
 * the counts per day. Public API: {@link org.bastion.cases.Cases}, {@link org.bastion.cases.Contacts},
 * {@link org.bastion.cases.Tracing} and the events {@link org.bastion.cases.CaseConfirmed} and
 * {@link org.bastion.cases.CaseStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = { "shared", "jurisdiction", "people", "arrivals", "observation" })
package org.bastion.cases;
