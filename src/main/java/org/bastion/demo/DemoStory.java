package org.bastion.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

import org.bastion.people.IdNumber;
import org.bastion.people.NewPerson;

/**
 * The month the demo tells, counted from the day it starts: the Spring Festival twenty days ago, the
 * returnees of the weeks before it, the rounds, the orders and the case after it (the seeds' field
 * reports: 兴文县's 自由村 finding 380 returnees where its first round found 203, a village isolating
 * a confirmed case's 63 close contacts overnight). It also makes up the persons the month brings: a
 * returnee or a contact gets a valid ID number no generated resident has, so registering them finds
 * nobody and adds them.
 */
final class DemoStory {

	/** 自由村 of 共乐镇, whose two rounds the seeds tell. */
	static final String FREEDOM_VILLAGE = "511528103208";

	static final int FIRST_ROUND_RETURNEES = 203;

	static final int SECOND_ROUND_RETURNEES = 380;

	static final int CLOSE_CONTACTS = 63;

	/** Generated residents use the first sequence numbers of each birth date; the story's persons the last. */
	private static final int SEQUENCE_FROM = 700;

	private static final int BIRTH_DAYS = 14_000;

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1962, 1, 1);

	private final LocalDate today;

	private final ZoneId zone;

	private final Random random;

	DemoStory(LocalDate today, ZoneId zone, long seed) {
		this.today = today;
		this.zone = zone;
		this.random = new Random(seed);
	}

	LocalDate today() {
		return today;
	}

	/** The demo's Spring Festival (除夕's next day): twenty days before the demo starts. */
	LocalDate festival() {
		return today.minusDays(20);
	}

	Random random() {
		return random;
	}

	/** The instant of a field date and time of day, for {@link DemoClock#at}. */
	Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
	}

	/** A moment of the working day, 08:00 to 19:59, on {@code date}. */
	Instant duringTheDay(LocalDate date) {
		return at(date, 8 + random.nextInt(12), random.nextInt(60));
	}

	/**
	 * The {@code number}th person of the story, registered in {@code placeCode}: the same number always
	 * gives the same ID number, so that a load started again finds the persons it registered.
	 */
	NewPerson person(int number, String placeCode) {
		boolean male = random.nextInt(100) < 55;
		LocalDate birth = FIRST_BIRTH.plusDays(number % BIRTH_DAYS);
		int sequence = SEQUENCE_FROM + (number / BIRTH_DAYS) * 2 + (male ? 1 : 0);
		String id = IdNumber.of(DemoTree.COUNTY, birth, sequence).value();
		String surname = String.valueOf(DemoPopulation.SURNAMES.charAt(random.nextInt(DemoPopulation.SURNAMES.length())));
		String chars = male ? DemoPopulation.MALE_CHARS : DemoPopulation.FEMALE_CHARS;
		String name = surname + chars.charAt(random.nextInt(chars.length()))
				+ (random.nextBoolean() ? String.valueOf(chars.charAt(random.nextInt(chars.length()))) : "");
		String phone = "139" + "%08d".formatted(random.nextInt(100_000_000));
		return NewPerson.resident(id, name, phone, placeCode);
	}
}
