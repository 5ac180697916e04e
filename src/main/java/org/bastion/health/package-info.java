/**
 * Health monitoring: medical observation orders at home or at a site, their daily check slots and
 * readings (by the monitor or self-reported through a personal link), fever alerts until someone
 * closes them with what was done, and release with a numbered notice; orders proposed from arrivals;
 * isolation sites with rooms, stays and occupants' needs; cases with their close contacts and tracing;
 * staff health check-ins; and the person's health timeline.
 *
 * <p>Public API: {@link org.bastion.health.Observations} for orders, settings and the monitor's lists,
 * {@link org.bastion.health.HealthChecks} for readings, {@link org.bastion.health.Alerts} for alerts, the
 * rules {@link org.bastion.health.ObservationPeriod}, {@link org.bastion.health.CheckRules},
 * {@link org.bastion.health.AlertRule} and {@link org.bastion.health.ReleasePolicy}, and the events
 * {@link org.bastion.health.ObservationStarted}, {@link org.bastion.health.FeverAlertRaised} and
 * {@link org.bastion.health.ObservationReleased}; {@link org.bastion.health.Proposals},
 * {@link org.bastion.health.IsolationSites}, {@link org.bastion.health.Stays},
 * {@link org.bastion.health.OccupantRequests}, {@link org.bastion.health.HealthTimeline} with its extension
 * point {@link org.bastion.health.HealthTimelineSource}; {@link org.bastion.health.Cases},
 * {@link org.bastion.health.Contacts}, {@link org.bastion.health.Tracing}, {@link org.bastion.health.StaffUnits},
 * {@link org.bastion.health.CheckIns} and the events {@link org.bastion.health.CaseConfirmed},
 * {@link org.bastion.health.CaseStatusChanged} and {@link org.bastion.health.CheckInFeverReported}. Every row carries the observed person's jurisdiction
 * path and every query a user makes is limited to their subtree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health", allowedDependencies = { "shared", "jurisdiction", "people", "security", "screening" })
package org.bastion.health;
