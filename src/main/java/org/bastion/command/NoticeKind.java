package org.bastion.command;

/** What a notice is: a notice of the HQ (通知), a directive from above (上级指示), or a working guideline made from one (工作指引). */
public enum NoticeKind {
	NOTICE, DIRECTIVE, GUIDELINE
}
