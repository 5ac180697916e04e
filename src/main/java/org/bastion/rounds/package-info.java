/**
 * Door-to-door screening rounds (地毯式排查): a round over an area with a deadline, a visit for every
 * household, the grid workers' outcomes, live coverage up the tree and the comparison with the previous
 * round. Public API: {@link org.bastion.rounds.ScreeningRounds}, {@link org.bastion.rounds.Visits} and the
 * events {@link org.bastion.rounds.ScreeningRoundOpened} and {@link org.bastion.rounds.HouseholdVisited}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rounds", allowedDependencies = { "shared", "jurisdiction", "people", "arrivals" })
package org.bastion.rounds;
