package org.bastion.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bastion.checkpoint.CheckpointLevel;
import org.bastion.checkpoint.CheckpointView;
import org.bastion.checkpoint.Checkpoints;
import org.bastion.checkpoint.FollowUpKind;
import org.bastion.checkpoint.FollowUpView;
import org.bastion.checkpoint.FollowUps;
import org.bastion.checkpoint.InspectionItem;
import org.bastion.checkpoint.Inspections;
import org.bastion.checkpoint.NewCheckpoint;
import org.bastion.checkpoint.NewInspection;
import org.bastion.checkpoint.NewPassage;
import org.bastion.checkpoint.PassageOutcome;
import org.bastion.checkpoint.PassageVehicle;
import org.bastion.checkpoint.Passages;
import org.bastion.checkpoint.StaffingAgency;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.people.IdNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * 共乐镇's checkpoints as the seeds tell them (001: posts on the national, provincial and county roads, on
 * the township's borders and on village roads, staffed around the clock since before the festival), with the
 * last two weeks of vehicles and people on foot registered at each: local plates mostly, a car from Hubei
 * now and then whose people are handed over to their village's grid, a few turned back, one feverish
 * traveller in a few hundred sent to the fever clinic (the township saw to each the next morning); and two
 * supervisors' visits, the second finding the border post short of gear, which the township has to put right.
 */
@Component
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoCheckpoints {

	/** The post the seeds' first report describes, the busiest. */
	static final String NATIONAL_ROAD_POST = "G353共乐镇卡点";

	static final String BORDER_POST = "共乐镇东界卡点";

	private static final int DAYS = 14;

	/** One feverish traveller in about this many. */
	private static final int FEVER_IN = 300;

	private static final String[] LOCAL_ORIGINS = { "511502", "511503", "511523", "511524", "510104", "500103" };

	private static final String[] HUBEI_ORIGINS = { "420602", "420502", "421002", "420902" };

	/** The roads whose posts ask every traveller's ID number. */
	private static final Set<CheckpointLevel> PASSAGE_IDS = Set.of(CheckpointLevel.NATIONAL_ROAD);

	private static final String[] PURPOSES = { "返乡", "运送物资", "务工", "就医", "探亲" };

	private record Post(String name, CheckpointLevel level, String road, Set<StaffingAgency> agencies, int perDay) {
	}

	private static final List<Post> POSTS = List.of(
			new Post(NATIONAL_ROAD_POST, CheckpointLevel.NATIONAL_ROAD, "G353",
					Set.of(StaffingAgency.POLICE, StaffingAgency.TRAFFIC, StaffingAgency.HEALTH, StaffingAgency.TOWNSHIP), 16),
			new Post("S206共乐段卡点", CheckpointLevel.PROVINCIAL_ROAD, "S206",
					Set.of(StaffingAgency.POLICE, StaffingAgency.HEALTH, StaffingAgency.TOWNSHIP), 12),
			new Post("X101东风桥卡点", CheckpointLevel.COUNTY_ROAD, "X101", Set.of(StaffingAgency.TOWNSHIP, StaffingAgency.VOLUNTEERS), 8),
			new Post(BORDER_POST, CheckpointLevel.TOWNSHIP_BORDER, null, Set.of(StaffingAgency.TOWNSHIP, StaffingAgency.VOLUNTEERS), 6),
			new Post("共乐镇西界卡点", CheckpointLevel.TOWNSHIP_BORDER, null, Set.of(StaffingAgency.TOWNSHIP, StaffingAgency.VOLUNTEERS), 5),
			new Post("村口值守点", CheckpointLevel.VILLAGE_ROAD, null, Set.of(StaffingAgency.COMMUNITY, StaffingAgency.VOLUNTEERS), 4));

	private final DemoClock clock;

	private final Checkpoints checkpoints;

	private final Passages passages;

	private final FollowUps followUps;

	private final Inspections inspections;

	DemoCheckpoints(DemoClock clock, Checkpoints checkpoints, Passages passages, FollowUps followUps,
			Inspections inspections) {
		this.clock = clock;
		this.checkpoints = checkpoints;
		this.passages = passages;
		this.followUps = followUps;
		this.inspections = inspections;
	}

	/**
	 * The township's posts and their fortnight, unless its first post is on the register; travellers from Hubei
	 * head to {@code destinations}, villages whose grids confirm them as arrivals.
	 */
	void load(DemoStory story, String township, List<Jurisdiction> destinations) {
		if (checkpoints.list(township, null, 100).items().stream().anyMatch(c -> c.name().equals(NATIONAL_ROAD_POST))) {
			return;
		}
		LocalDate opened = story.festival().minusDays(2);
		List<CheckpointView> posts = new ArrayList<>();
		clock.at(story.at(opened, 8, 0), () -> {
			for (int p = 0; p < POSTS.size(); p++) {
				Post post = POSTS.get(p);
				posts.add(checkpoints.create(new NewCheckpoint(post.name(), post.level(), township, post.road(), null, null,
						null, post.agencies(), opened, null, "demo-checkpoint-" + p)));
			}
		});
		Random random = story.random();
		int traveller = 0;
		LocalDate first = story.today().minusDays(DAYS);
		for (LocalDate day = first; day.isBefore(story.today()); day = day.plusDays(1)) {
			for (int p = 0; p < POSTS.size(); p++) {
				Post post = POSTS.get(p);
				long checkpoint = posts.get(p).id();
				for (int n = 0; n < post.perDay(); n++) {
					NewPassage passage = passage(random, post.level(), destinations, day, traveller++);
					clock.at(story.at(day, random.nextInt(24), random.nextInt(60)), () -> passages.register(checkpoint, passage));
				}
			}
		}
		seeToFevers(story, township);
		inspect(story, posts);
	}

	/** The township saw to each feverish traveller the morning after: the fever clinic took them in. */
	private void seeToFevers(DemoStory story, String township) {
		for (FollowUpView fever : followUps.list(FollowUpKind.FEVER, true, township, null, 100).items()) {
			LocalDate next = LocalDate.ofInstant(fever.passedAt(), clock.getZone()).plusDays(1);
			clock.at(story.at(next, 8, 30), () -> followUps.close(fever.id(), "已由120转运至县人民医院发热门诊，核酸检测阴性，居家观察。"));
		}
	}

	private void inspect(DemoStory story, List<CheckpointView> posts) {
		LocalDate passed = story.today().minusDays(3);
		clock.at(story.at(passed, 10, 20), () -> inspections.record(posts.getFirst().id(),
				new NewInspection(null, Set.of(), "人员在岗，登记完整，逐车测温。", null, "demo-inspection-1")));
		LocalDate lacking = story.today().minusDays(1);
		CheckpointView border = posts.stream().filter(c -> c.name().equals(BORDER_POST)).findFirst().orElseThrow();
		clock.at(story.at(lacking, 21, 40), () -> inspections.record(border.id(),
				new NewInspection(null, Set.of(InspectionItem.PROTECTIVE_GEAR, InspectionItem.LEADER_PRESENT),
						"夜班带班领导不在岗；口罩和手套只剩半天用量。", story.today().plusDays(1), "demo-inspection-2")));
	}

	private static NewPassage passage(Random random, CheckpointLevel level, List<Jurisdiction> destinations, LocalDate day,
			int number) {
		boolean hubei = random.nextInt(100) < 8;
		boolean onFoot = !hubei && random.nextInt(8) == 0;
		PassageVehicle vehicle = onFoot ? PassageVehicle.ON_FOOT
				: List.of(PassageVehicle.CAR, PassageVehicle.CAR, PassageVehicle.CAR, PassageVehicle.VAN, PassageVehicle.TRUCK,
						PassageVehicle.MOTORCYCLE).get(random.nextInt(6));
		int people = onFoot || vehicle == PassageVehicle.MOTORCYCLE || vehicle == PassageVehicle.TRUCK ? 1 : 1 + random.nextInt(3);
		String origin = hubei ? HUBEI_ORIGINS[random.nextInt(HUBEI_ORIGINS.length)]
				: LOCAL_ORIGINS[random.nextInt(LOCAL_ORIGINS.length)];
		String destination = destinations.get(random.nextInt(destinations.size())).code();
		boolean fever = random.nextInt(FEVER_IN) < people;
		List<NewPassage.Occupant> occupants = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			boolean feverish = fever && i == 0;
			BigDecimal temperature = BigDecimal.valueOf(feverish ? 380 + random.nextInt(6) : 360 + random.nextInt(10), 1);
			String surname = String.valueOf(DemoPopulation.SURNAMES.charAt(random.nextInt(DemoPopulation.SURNAMES.length())));
			String name = surname + DemoPopulation.MALE_CHARS.charAt(random.nextInt(DemoPopulation.MALE_CHARS.length()));
			// A feverish car's people are all named for the referral; elsewhere nobody's name is asked.
			boolean identified = PASSAGE_IDS.contains(level) || fever || hubei;
			String idNumber = PASSAGE_IDS.contains(level) || hubei
					? IdNumber.of(origin, LocalDate.of(1965, 1, 1).plusDays((number * 7L + i) % 16_000), 300 + (number + i) % 600).value()
					: null;
			String phone = identified ? "137" + "%08d".formatted(random.nextInt(100_000_000)) : null;
			occupants.add(new NewPassage.Occupant(identified ? name : null, idNumber, phone, temperature, origin,
					hubei ? destination : null, PURPOSES[random.nextInt(PURPOSES.length)]));
		}
		PassageOutcome outcome = fever ? PassageOutcome.REFERRED_FEVER_CLINIC
				: random.nextInt(40) == 0 ? PassageOutcome.TURNED_BACK : PassageOutcome.PASSED;
		String plate = vehicle == PassageVehicle.ON_FOOT ? null : plate(random, hubei ? "鄂F" : random.nextInt(10) == 0 ? "渝A" : "川Q");
		return new NewPassage("demo-passage-" + day + "-" + number, plate, vehicle, occupants, outcome);
	}

	private static String plate(Random random, String prefix) {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
		StringBuilder plate = new StringBuilder(prefix);
		for (int i = 0; i < 5; i++) {
			plate.append(letters.charAt(random.nextInt(letters.length())));
		}
		return plate.toString();
	}
}
