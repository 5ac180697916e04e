package org.bastion.observation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;

import org.bastion.observation.HealthChecks.CheckOutcome;
import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldClock;
import org.bastion.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the observed person reports through their personal link, without an account. The token is
 * the order's id and a secret: it opens that order only, is refused once the order is released, and
 * posts through it are limited per hour.
 */
@Service
@Transactional
class SelfReports {

	static final String RECORDED_BY = "self-report";

	private final ObservationDatabase orders;

	private final SlotDatabase slots;

	private final ReadingDatabase readings;

	private final ReadingRecorder recorder;

	private final HealthChecks checks;

	private final SelfReportLimit limit;

	private final FieldClock clock;

	private final TransactionTemplate counted;

	SelfReports(ObservationDatabase orders, SlotDatabase slots, ReadingDatabase readings, ReadingRecorder recorder,
			HealthChecks checks, SelfReportLimit limit, FieldClock clock, PlatformTransactionManager transactions) {
		this.orders = orders;
		this.slots = slots;
		this.readings = readings;
		this.recorder = recorder;
		this.checks = checks;
		this.limit = limit;
		this.clock = clock;
		this.counted = new TransactionTemplate(transactions);
		// A refused post still counts: the limit is on attempts, so it commits on its own.
		this.counted.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @throws NotFoundException for a token that opens no order */
	@Transactional(readOnly = true)
	public SelfReportView view(String token) {
		ObservationRow order = resolve(token);
		var today = clock.today();
		List<SlotView> todays = checks.slotViews(
				slots.ofObservation(order.id()).stream().filter(s -> s.date().equals(today)).toList(),
				readings.ofObservation(order.id()).stream().filter(r -> r.date().equals(today)).toList());
		List<CheckPolicy.DaySlot> pickable = slots.ofObservation(order.id()).stream()
			.filter(s -> s.date().equals(today) || s.date().equals(today.minusDays(1)))
			.map(s -> new CheckPolicy.DaySlot(s.date(), s.slot(), new CheckWindow(s.windowStart(), s.windowEnd()),
					s.readingCount() > 0))
			.toList();
		return new SelfReportView(maskName(order.personName()), order.startDate(), order.endDate(), today, order.open(),
				order.period().covers(today), todays,
				order.open() ? CheckPolicy.choices(pickable, clock.dateTime()) : List.of());
	}

	/**
	 * Records a check from the person, in the slot open now or a missed one of today or yesterday they
	 * picked, under the same {@link CheckPolicy#placeReading} as the staff's checks.
	 *
	 * @param date the day of the slot picked, or null for today
	 * @param slot the slot the person picked, or null for the one open now
	 * @throws NotFoundException for a token that opens no order
	 * @throws ConflictException {@code observation.released} after release
	 * @throws SelfReportLimitReached after {@value SelfReportLimit#POSTS_PER_HOUR} posts this hour
	 */
	public CheckOutcome report(String token, LocalDate date, Integer slot, BigDecimal temperature,
			List<String> symptoms, String clientId) {
		ObservationRow order = resolve(token);
		if (!order.open()) {
			throw new ConflictException("selfReport.released", null, order.releasedOn());
		}
		boolean allowed = Boolean.TRUE.equals(counted.execute(status -> limit.tryPost(order.id(), clock.instant())));
		if (!allowed) {
			throw new SelfReportLimitReached();
		}
		var earlier = recorder.earlier(clientId);
		if (earlier.isPresent() && earlier.get().observationId() == order.id()) {
			return recorder.replay(earlier.get());
		}
		return recorder.record(order, new NewCheck(earlier.isPresent() ? null : clientId, date == null ? clock.today() : date, slot,
				temperature, symptoms), ReadingSource.SELF, RECORDED_BY);
	}

	/** The order a token opens; any mismatch reads as "not found", so tokens cannot be probed. */
	private ObservationRow resolve(String token) {
		int dash = token == null ? -1 : token.indexOf('-');
		if (dash < 1 || token.length() > 80) {
			throw new NotFoundException("selfReport");
		}
		long id;
		try {
			id = Long.parseLong(token.substring(0, dash));
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("selfReport");
		}
		String secret = token.substring(dash + 1);
		return orders.findUnscoped(id)
			.filter(row -> MessageDigest.isEqual(row.selfReportSecret().getBytes(StandardCharsets.UTF_8),
					secret.getBytes(StandardCharsets.UTF_8)))
			.orElseThrow(() -> new NotFoundException("selfReport"));
	}

	/** 张三丰 becomes 张**: enough for the person to know the link is theirs. */
	static String maskName(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

	/**
	 * What the observed person sees behind their link: their name masked (the link may be forwarded), the
	 * order's dates, today's checks, and the ones they may report now (the slot open now first, then the
	 * missed ones of today and yesterday).
	 */
	public record SelfReportView(String maskedName, LocalDate startDate, LocalDate endDate, LocalDate today,
			boolean open, boolean checksToday, List<SlotView> todaySlots, List<CheckPolicy.SlotChoice> choices) {
	}

	/** The link was used more often this hour than a person checks their temperature. */
	public static class SelfReportLimitReached extends BastionException {

		public SelfReportLimitReached() {
			super("selfReport.limit", SelfReportLimit.POSTS_PER_HOUR);
		}
	}
}
