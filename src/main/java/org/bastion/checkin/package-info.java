/**
 * Staff health check-ins (健康打卡): units of staff, each member's daily temperature and symptoms, and
 * the live list of who has not checked in. Public API: {@link org.bastion.checkin.StaffUnits},
 * {@link org.bastion.checkin.CheckIns} and the event {@link org.bastion.checkin.CheckInFeverReported}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-in", allowedDependencies = { "shared", "jurisdiction", "people", "observation" })
package org.bastion.checkin;
