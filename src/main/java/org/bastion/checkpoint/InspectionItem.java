package org.bastion.checkpoint;

/** The points a supervisor checks at a checkpoint (督导检查要点); a visit names those found lacking. */
public enum InspectionItem {
	/** Everyone of the shift is at the post. */
	STAFF_ON_POST,
	/** The shift's leader (带班领导) is there. */
	LEADER_PRESENT,
	/** Every vehicle and person passing is registered. */
	REGISTER_COMPLETE,
	/** Thermometers work and are used on everyone. */
	TEMPERATURE_CHECKS,
	/** Masks, gloves and gowns are worn and in stock. */
	PROTECTIVE_GEAR,
	/** The post and the vehicles are disinfected. */
	DISINFECTION,
	/** Signs and the QR poster are up. */
	SIGNS
}
