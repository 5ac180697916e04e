package org.bastion.command;

import java.time.Instant;

/**
 * The receipt of one account's reading.
 *
 * @param unitCode the place the reading counts for
 * @param firstTime false when the account had read it before: nothing was stored again
 */
public record NoticeRead(long noticeId, String username, String unitCode, Instant readAt, boolean firstTime) {
}
