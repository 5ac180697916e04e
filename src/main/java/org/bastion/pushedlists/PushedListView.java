package org.bastion.pushedlists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A pushed list as its page and the API show it.
 *
 * @param failure the message key of why the import failed, or null
 * @param failureArgument what that message names (a limit the file passed), or null
 * @param uploadedByName the display name of who uploaded it ({@code uploadedBy} is the login)
 * @param progress 0-100
 * @param outcomes entries per verification outcome inside the viewer's area ({@code OPEN} for those not
 * yet verified); empty until the import is done
 * @param headerCells the columns as the sender named them
 * @param wholeList whether the viewer's area holds the list's: only then are the file's counts ({@code rows},
 * {@code accepted}, {@code rejected}, {@code matched}, {@code dispatched}) shown, and the refused rows to
 * download; a viewer inside the list's area gets null there and {@code areaEntries} instead
 * @param areaEntries the entries inside the viewer's area, once the import is done
 */
public record PushedListView(long id, String name, LocalDate deadline, String fileName, PushedListStatus status,
		String failure, String failureArgument, Integer rows, Integer accepted, Integer rejected, Integer matched,
		Integer dispatched, int progress, String jurisdictionCode, String uploadedBy, String uploadedByName,
		Instant createdAt,
		Instant finishedAt, Map<String, Long> outcomes, List<String> headerCells, boolean wholeList, Long areaEntries) {

	public boolean running() {
		return status == PushedListStatus.QUEUED || status == PushedListStatus.RUNNING;
	}
}
