package org.bastion.checkpoint;

/**
 * Where a checkpoint stands, which decides who runs it and how closely each passer is registered: the
 * roads by their class, the township and village borders, and the posts of the highways.
 */
public enum CheckpointLevel {
	NATIONAL_ROAD, PROVINCIAL_ROAD, COUNTY_ROAD, TOWNSHIP_BORDER, VILLAGE_ROAD, HIGHWAY_EXIT, TOLL_STATION,
	JOINT_QUARANTINE_POST
}
