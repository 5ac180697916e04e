package org.bastion.jurisdiction;

import java.util.Locale;
import java.util.Optional;

/** The levels of the tree below the county; the tree itself allows any depth. */
public enum JurisdictionLevel {
	COUNTY("县", "区", "县/区", "市"), TOWNSHIP("乡镇", "乡", "镇", "街道", "乡镇/街道"), VILLAGE("村", "社区", "村/社区", "居委会"),
	GRID("网格", "组", "村民小组", "组/网格", "小区"), BUILDING("楼栋", "楼", "栋");

	private final String[] chineseNames;

	JurisdictionLevel(String... chineseNames) {
		this.chineseNames = chineseNames;
	}

	/** Reads a level as staff write it in a spreadsheet: the English name or a Chinese one. */
	public static Optional<JurisdictionLevel> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		for (JurisdictionLevel level : values()) {
			if (level.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
				return Optional.of(level);
			}
			for (String chinese : level.chineseNames) {
				if (chinese.equals(trimmed)) {
					return Optional.of(level);
				}
			}
		}
		return Optional.empty();
	}

	/** The level a child usually has; a building can hold nothing deeper, so it stays a building. */
	public JurisdictionLevel below() {
		return this == BUILDING ? BUILDING : values()[ordinal() + 1];
	}
}
