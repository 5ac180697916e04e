/**
 * What an operator meets around the application itself: the checks made before a start touches
 * the database (port, data folder), a failed start told in one line at the end of the log, and
 * the online backup of the embedded database. Public API: {@link org.bastion.operations.Backups}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = { "shared", "jurisdiction" })
package org.bastion.operations;
