package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every state against every change, the escalation as the field's clock moves past the due time, and the aggregate's guard. */
class TaskPolicyTest {

	private static final ZoneId FIELD = ZoneId.of("Asia/Shanghai");

	@Test
	void aDispatchedTaskIsAcknowledgedOnceAndWorkedOnInOrder() {
		assertThat(TaskPolicy.decide(TaskStatus.DISPATCHED, new TaskPolicy.Acknowledge()))
			.isEqualTo(new TaskPolicy.Allowance(TaskStatus.RECEIVED));
		assertThat(TaskPolicy.decide(TaskStatus.RECEIVED, new TaskPolicy.Acknowledge()))
			.isEqualTo(new TaskPolicy.Refusal("task.acknowledged.already"));
		assertThat(TaskPolicy.decide(TaskStatus.IN_PROGRESS, new TaskPolicy.Acknowledge()))
			.isEqualTo(new TaskPolicy.Refusal("task.acknowledged.already"));
		assertThat(TaskPolicy.decide(TaskStatus.DISPATCHED, new TaskPolicy.Start()))
			.isEqualTo(new TaskPolicy.Refusal("task.notAcknowledged"));
		assertThat(TaskPolicy.decide(TaskStatus.RECEIVED, new TaskPolicy.Start()))
			.isEqualTo(new TaskPolicy.Allowance(TaskStatus.IN_PROGRESS));
		assertThat(TaskPolicy.decide(TaskStatus.IN_PROGRESS, new TaskPolicy.Start()))
			.isEqualTo(new TaskPolicy.Refusal("task.started.already"));
	}

	@Test
	void aTaskIsDoneOnlyOnceAcknowledged() {
		assertThat(TaskPolicy.decide(TaskStatus.DISPATCHED, new TaskPolicy.Complete()))
			.isEqualTo(new TaskPolicy.Refusal("task.notAcknowledged"));
		assertThat(TaskPolicy.decide(TaskStatus.RECEIVED, new TaskPolicy.Complete()))
			.isEqualTo(new TaskPolicy.Allowance(TaskStatus.DONE));
		assertThat(TaskPolicy.decide(TaskStatus.IN_PROGRESS, new TaskPolicy.Complete()))
			.isEqualTo(new TaskPolicy.Allowance(TaskStatus.DONE));
	}

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "DISPATCHED", "RECEIVED", "IN_PROGRESS" })
	void anOpenTaskMayBeRefused(TaskStatus status) {
		assertThat(TaskPolicy.decide(status, new TaskPolicy.Refuse())).isEqualTo(new TaskPolicy.Allowance(TaskStatus.REFUSED));
	}

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "DONE", "REFUSED" })
	void aClosedTaskTakesNoChange(TaskStatus status) {
		for (TaskPolicy.Change change : new TaskPolicy.Change[] { new TaskPolicy.Acknowledge(), new TaskPolicy.Start(),
				new TaskPolicy.Complete(), new TaskPolicy.Refuse() }) {
			assertThat(TaskPolicy.decide(status, change)).isEqualTo(new TaskPolicy.Refusal("task.closed"));
		}
	}

	@Test
	void anOpenTaskIsEscalatedOnceTheFieldClockPassesItsDueTimeAndOnlyOnce() {
		MovableClock time = new MovableClock(LocalDateTime.of(2026, 12, 3, 19, 0).atZone(FIELD).toInstant());
		FieldClock clock = new FieldClock(time);
		Instant due = LocalDateTime.of(2026, 12, 3, 20, 0).atZone(clock.zone()).toInstant();

		assertThat(TaskPolicy.escalates(TaskStatus.DISPATCHED, due, null, clock.instant())).isFalse();
		time.advance(Duration.ofHours(1));
		assertThat(clock.now()).hasToString("20:00");
		assertThat(TaskPolicy.escalates(TaskStatus.DISPATCHED, due, null, clock.instant())).as("at the due time itself").isFalse();
		time.advance(Duration.ofSeconds(1));
		for (TaskStatus open : new TaskStatus[] { TaskStatus.DISPATCHED, TaskStatus.RECEIVED, TaskStatus.IN_PROGRESS }) {
			assertThat(TaskPolicy.escalates(open, due, null, clock.instant())).as(open.name()).isTrue();
			assertThat(TaskPolicy.overdue(open, due, clock.instant())).isTrue();
		}
		assertThat(TaskPolicy.escalates(TaskStatus.RECEIVED, due, clock.instant(), clock.instant()))
			.as("escalated already").isFalse();
		assertThat(TaskPolicy.escalates(TaskStatus.DONE, due, null, clock.instant())).isFalse();
		assertThat(TaskPolicy.escalates(TaskStatus.REFUSED, due, null, clock.instant())).isFalse();
		assertThat(TaskPolicy.overdue(TaskStatus.DONE, due, clock.instant())).isFalse();
	}

	@Test
	void aDueTimeMayNotLieInThePast() {
		FieldClock clock = new FieldClock(new MovableClock(LocalDateTime.of(2026, 12, 3, 20, 0).atZone(FIELD).toInstant()));
		assertThat(TaskPolicy.dueAccepted(clock.instant(), clock.instant())).isTrue();
		assertThat(TaskPolicy.dueAccepted(clock.instant().plusSeconds(60), clock.instant())).isTrue();
		assertThat(TaskPolicy.dueAccepted(clock.instant().minusSeconds(1), clock.instant())).isFalse();
	}

	@Test
	void theAggregateRefusesASecondAcknowledgementAsAConflictAndKnowsWhoHoldsIt() {
		JurisdictionPath village = JurisdictionPath.of("511528", "511528103", "511528103201");
		Task received = task(TaskStatus.RECEIVED, null, village);
		assertThatThrownBy(() -> received.after(new TaskPolicy.Acknowledge())).isInstanceOf(ConflictException.class)
			.extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("task.acknowledged.already");
		assertThat(task(TaskStatus.DISPATCHED, null, village).after(new TaskPolicy.Acknowledge())).isEqualTo(TaskStatus.RECEIVED);

		Viewer cadre = new Viewer(7, "cadre", "VILLAGE_CADRE", village, false, false);
		Viewer township = new Viewer(8, "township", "TOWNSHIP_STAFF", JurisdictionPath.of("511528", "511528103"), false, false);
		assertThat(received.heldBy(cadre, false)).as("a place's task is its own staff's").isTrue();
		assertThat(received.heldBy(township, false)).as("not the staff above it").isFalse();
		Task toTownship = task(TaskStatus.DISPATCHED, 8L, village);
		assertThat(toTownship.heldBy(township, false)).isTrue();
		assertThat(toTownship.heldBy(cadre, false)).isFalse();
		Task toGroup = task(TaskStatus.DISPATCHED, null, JurisdictionPath.of("511528", "511528103"), 5L);
		assertThat(toGroup.heldBy(township, false)).as("a group's task is not its place's staff's").isFalse();
		assertThat(toGroup.heldBy(cadre, true)).as("but its members', wherever they work").isTrue();
	}

	@Test
	void anOverdueGroupTaskGoesToTheGroupsHeadAndEveryOtherToTheHqOfItsArea() {
		JurisdictionPath township = JurisdictionPath.of("511528", "511528103");
		assertThat(TaskPolicy.escalatesTo(task(TaskStatus.RECEIVED, null, township, 5L).target(42L)))
			.isEqualTo(new TaskPolicy.ToHead(42));
		assertThat(TaskPolicy.escalatesTo(task(TaskStatus.RECEIVED, null, township, 5L).target(null)))
			.as("a group without a head").isEqualTo(new TaskPolicy.ToAreaHq());
		assertThat(TaskPolicy.escalatesTo(task(TaskStatus.RECEIVED, 8L, township).target(null)))
			.as("a person's task: the dispatcher's HQ").isEqualTo(new TaskPolicy.ToAreaHq());
		assertThat(TaskPolicy.escalatesTo(task(TaskStatus.RECEIVED, null, township).target(null)))
			.as("a place's task").isEqualTo(new TaskPolicy.ToAreaHq());
		assertThat(task(TaskStatus.RECEIVED, 8L, township).target(42L)).as("a head only counts for a group's task")
			.isEqualTo(new TaskPolicy.ToPerson(8));
		assertThat(task(TaskStatus.RECEIVED, null, township).target(null)).isEqualTo(new TaskPolicy.ToPlace("511528103"));
	}

	@ParameterizedTest
	@EnumSource(TaskStatus.class)
	void aPhotoJoinsATaskOnceAcknowledgedAndNotRefused(TaskStatus status) {
		TaskPolicy.Decision decision = TaskPolicy.photo(status);
		switch (status) {
			case DISPATCHED -> assertThat(decision).isEqualTo(new TaskPolicy.Refusal("task.notAcknowledged"));
			case REFUSED -> assertThat(decision).isEqualTo(new TaskPolicy.Refusal("task.closed"));
			default -> assertThat(decision).isEqualTo(new TaskPolicy.Allowance(status));
		}
	}

	private static Task task(TaskStatus status, Long assignee, JurisdictionPath path) {
		return task(status, assignee, path, null);
	}

	private static Task task(TaskStatus status, Long assignee, JurisdictionPath path, Long group) {
		Instant at = Instant.parse("2026-12-03T12:00:00Z");
		return new Task(1, null, "巡查", null, TaskPriority.NORMAL, status, assignee, assignee == null ? null : "township",
				path.leafCode(), path, at, null, "hq", at, null, null, null, null, null, null, null, null, null, group, null,
				null);
	}

	/** A clock the test moves forward by hand, so that time passes without waiting. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return FIELD;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
