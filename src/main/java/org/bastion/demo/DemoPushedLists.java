package org.bastion.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.people.NewPerson;
import org.bastion.pushedlists.ListEntryView;
import org.bastion.pushedlists.PushedListImported;
import org.bastion.pushedlists.PushedListRequest;
import org.bastion.pushedlists.PushedListView;
import org.bastion.pushedlists.PushedLists;
import org.bastion.pushedlists.Verification;
import org.bastion.pushedlists.VerificationOutcome;
import org.bastion.pushedlists.VerificationRoute;
import org.bastion.pushedlists.Verifications;
import org.bastion.security.SystemTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The province's big-data list of persons come from Hubei (大数据推送), pushed to 共乐镇 twelve days
 * ago: returnees the villages registered already, and persons nobody had seen. It is uploaded as HQ
 * would, a CSV file; the import runs on its own thread, and once it is done the grids verify most of
 * their entries over the following days, the known ones as known, the others not living here or wrongly
 * listed; the rest stay open past their deadline, as some did.
 */
@Component
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoPushedLists {

	static final String LIST_NAME = "省大数据推送：湖北来兴人员（第一批）";

	/** Returnees the villages had registered: the first of {@link DemoReturnees}, by their ID numbers. */
	static final int KNOWN = 40;

	static final int UNKNOWN = 20;

	/** Entries the grids had not verified by the deadline. */
	static final int LEFT_OPEN = 12;

	private static final int PUSHED_DAYS_AGO = 12;

	private final DemoClock clock;

	private final PushedLists lists;

	private final Verifications verifications;

	DemoPushedLists(DemoClock clock, PushedLists lists, Verifications verifications) {
		this.clock = clock;
		this.lists = lists;
		this.verifications = verifications;
	}

	/** Uploads the list, unless a list of its name exists; its entries are verified once it is imported. */
	void load(DemoStory story, String township) {
		if (lists.recent(100).stream().anyMatch(list -> list.name().equals(LIST_NAME))) {
			return;
		}
		LocalDate pushed = story.today().minusDays(PUSHED_DAYS_AGO);
		StringBuilder csv = new StringBuilder("序号,姓名,身份证号,手机号,来源地,到达日期,所属乡镇\n");
		int line = 1;
		for (int i = 0; i < KNOWN; i++) {
			csv.append(row(line++, story.person(i, township), "湖北省武汉市", pushed.minusDays(8)));
		}
		for (int i = 0; i < UNKNOWN; i++) {
			csv.append(row(line++, story.person(40_000 + i, township), "湖北省孝感市", pushed.minusDays(3 + i % 5)));
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		clock.at(story.at(pushed, 10, 0), () -> {
			PushedLists.StagedUpload upload = lists.stage(new ByteArrayInputStream(file), "湖北来兴人员第一批.csv");
			return lists.submit(upload, new PushedListRequest(LIST_NAME, pushed.plusDays(3), township, true), Map.of());
		});
	}

	/**
	 * Once the demo's list is imported (on the import's own thread, after its commit), the grids verify
	 * their entries, each on one of the three days to the deadline.
	 */
	@ApplicationModuleListener
	void on(PushedListImported imported) {
		if (!LIST_NAME.equals(imported.name())) {
			return;
		}
		SystemTask.run(() -> {
			List<ListEntryView> entries = verifications.open().stream().filter(e -> e.listId() == imported.listId()).toList();
			DemoStory days = new DemoStory(imported.deadline(), clock.getZone(), imported.listId());
			for (int i = 0; i < entries.size() - LEFT_OPEN; i++) {
				ListEntryView entry = entries.get(i);
				Verification verdict = entry.personId() != null
						? new Verification(VerificationOutcome.ALREADY_KNOWN, null, VerificationRoute.STAYED_IN_RISK_AREA,
								"demo-verification-" + entry.id())
						: new Verification(i % 2 == 0 ? VerificationOutcome.NOT_LIVING_HERE : VerificationOutcome.WRONG_INFORMATION,
								"电话核实", null, "demo-verification-" + entry.id());
				LocalDate day = imported.deadline().minusDays(2 - i % 3);
				clock.at(days.duringTheDay(day), () -> verifications.verify(entry.id(), verdict));
			}
		});
	}

	private static String row(int line, NewPerson person, String origin, LocalDate arrived) {
		return String.join(",", String.valueOf(line), person.name(), person.idNumber(), person.phone(), origin,
				arrived.toString(), "共乐镇") + "\n";
	}
}
