/**
 * Medical observation (医学观察): orders at home or at a site with their period, daily check slots and
 * readings (by the monitor, in a batch, or self-reported through a personal link), fever alerts until
 * someone closes them, release with a numbered notice, and orders proposed from arrivals. Public API:
 * {@link org.bastion.observation.Observations}, {@link org.bastion.observation.HealthChecks},
 * {@link org.bastion.observation.Alerts}, {@link org.bastion.observation.Proposals} and the events
 * {@link org.bastion.observation.ObservationStarted}, {@link org.bastion.observation.FeverAlertRaised} and
 * {@link org.bastion.observation.ObservationReleased}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observation", allowedDependencies = { "shared", "jurisdiction", "people", "security", "arrivals" })
package org.bastion.observation;
