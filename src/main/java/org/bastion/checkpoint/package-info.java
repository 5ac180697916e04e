/**
 * Checkpoints (卡点): the register by road level with the agencies that staff each one and the QR code
 * posted at the site, the vehicles and people on foot registered there (passages). Public API:
 * {@link org.bastion.checkpoint.Checkpoints}, {@link org.bastion.checkpoint.Passages} and the event
 * {@link org.bastion.checkpoint.PassageRegistered}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checkpoints", allowedDependencies = { "shared", "jurisdiction", "people", "arrivals" })
package org.bastion.checkpoint;
