/**
 * The jurisdiction tree (county, township or street, village or community, group or grid,
 * building: any depth) with materialised paths, its import, and the national division catalogue
 * used to name origins. Public API: {@link org.bastion.jurisdiction.Jurisdictions},
 * {@link org.bastion.jurisdiction.Divisions} and their records; {@link org.bastion.jurisdiction.JurisdictionMoved}
 * tells other modules to re-path their rows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdiction", allowedDependencies = { "shared" })
package org.bastion.jurisdiction;
