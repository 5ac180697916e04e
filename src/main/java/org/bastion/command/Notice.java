package org.bastion.command;

import java.time.Instant;

import org.bastion.shared.JurisdictionPath;

/** A stored notice; {@code path} is the sender's area, {@code personId} the person it concerns or null. */
record Notice(long id, String clientId, NoticeKind kind, String title, String body, Long directiveId, String sentBy,
		JurisdictionPath path, Instant sentAt, Long personId) {
}
