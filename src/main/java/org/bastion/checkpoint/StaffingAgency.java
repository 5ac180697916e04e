package org.bastion.checkpoint;

/** Who sends people to a checkpoint: joint posts are staffed by several at once (公安、交通、卫健 …). */
public enum StaffingAgency {
	POLICE, TRAFFIC, TOWNSHIP, HEALTH, COMMUNITY, VOLUNTEERS
}
