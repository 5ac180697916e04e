package org.bastion.command;

/**
 * The kinds of an HQ's work groups the field set up (综合协调, 医疗救治, 疫情监测/流调, 信息报送, 宣传, 后勤保障, 社会治安,
 * 督导检查), and a custom one for any other.
 */
public enum WorkGroupKind {
	COORDINATION, TREATMENT, SURVEILLANCE, REPORTING, PUBLICITY, LOGISTICS, PUBLIC_ORDER, SUPERVISION, CUSTOM
}
