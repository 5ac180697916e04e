package org.bastion.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.TreeImport.TreeImportResult;
import org.bastion.jurisdiction.TreeImport;
import org.bastion.people.People;
import org.bastion.people.PeopleBulkLoad;
import org.bastion.security.NewUser;
import org.bastion.security.SystemTask;
import org.bastion.security.Users;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo county when Bastion starts with {@code --demo}: its tree, population and accounts,
 * then a month of activity made through the other modules' services and dated by {@link DemoClock}.
 * Each part is loaded only if it is missing, so restarting with {@code --demo} keeps what users changed.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	/** Households handed to the bulk load at once: memory stays flat at a million persons. */
	private static final int SLICE = 5_000;

	private final DemoProperties properties;

	private final TreeImport treeImport;

	private final Jurisdictions jurisdictions;

	private final People people;

	private final PeopleBulkLoad bulkLoad;

	private final Users users;

	private final FieldClock clock;

	private final DemoReturnees returnees;

	private final DemoRounds rounds;

	private final DemoOutbreak outbreak;

	private final DemoCheckIns checkIns;

	private final DemoPushedLists pushedLists;

	private final DemoCheckpoints checkpoints;

	DemoLoader(DemoProperties properties, TreeImport treeImport, Jurisdictions jurisdictions, People people,
			PeopleBulkLoad bulkLoad, Users users, FieldClock clock, DemoReturnees returnees, DemoRounds rounds,
			DemoOutbreak outbreak, DemoCheckIns checkIns, DemoPushedLists pushedLists,
			DemoCheckpoints checkpoints) {
		this.pushedLists = pushedLists;
		this.checkpoints = checkpoints;
		this.returnees = returnees;
		this.rounds = rounds;
		this.outbreak = outbreak;
		this.checkIns = checkIns;
		this.properties = properties;
		this.treeImport = treeImport;
		this.jurisdictions = jurisdictions;
		this.people = people;
		this.bulkLoad = bulkLoad;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemTask.run(this::load);
	}

	void load() {
		long started = System.nanoTime();
		if (jurisdictions.find(DemoTree.COUNTY).isEmpty()) {
			TreeImportResult tree = treeImport.importRows(DemoTree.rows(properties.randomSeed()));
			log.info("Demo county: {} areas created, {} rows refused", tree.created(), tree.rejected().size());
		}
		List<Jurisdiction> nodes = jurisdictions.subtree(DemoTree.COUNTY);
		List<Jurisdiction> grids = nodes.stream().filter(n -> n.level() == JurisdictionLevel.GRID).toList();
		Map<String, Jurisdiction> byCode = nodes.stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
		long present = people.countIn(JurisdictionPath.of(DemoTree.COUNTY)).persons();
		if (present == 0) {
			loadPopulation(grids, byCode);
		}
		String village = nodes.stream()
			.filter(n -> n.level() == JurisdictionLevel.VILLAGE && DemoTree.TOWNSHIP.equals(n.parentCode()))
			.findFirst()
			.orElseThrow()
			.code();
		String grid = grids.stream().filter(g -> village.equals(g.parentCode())).findFirst().orElseThrow().code();
		for (DemoAccounts.Account account : DemoAccounts.all(village, grid)) {
			if (!users.exists(account.username())) {
				Jurisdiction area = byCode.get(account.jurisdictionCode());
				users.createUnchecked(new NewUser(account.username(), account.displayName(), DemoProperties.PASSWORD,
						account.role(), area.code()), area.code(), area.path());
			}
		}
		long activityStarted = System.nanoTime();
		loadActivity(nodes, grids);
		log.info("Demo activity: a month of returnees, rounds, orders, a case, check-ins and checkpoints in {} ms",
				(System.nanoTime() - activityStarted) / 1_000_000);
		log.info("""

				==============================================================
				  Bastion demo: {} (511528) loaded in {} s
				  Open http://localhost:8080 and sign in with password {}:
				    demo-admin     system administrator, county
				    demo-county    county HQ staff
				    demo-township  township staff, 共乐镇
				    demo-village   village cadre, {}
				    demo-grid      grid worker, {}
				    demo-leader    leader (read-only, masked), county
				==============================================================""", DemoTree.COUNTY_NAME,
				(System.nanoTime() - started) / 1_000_000_000, DemoProperties.PASSWORD, byCode.get(village).name(),
				byCode.get(grid).name());
	}

	/**
	 * The month the seeds tell, in 共乐镇 (whose 自由村 has the rounds) and one village of the next
	 * township; each part is loaded only if it is missing. The pushed list's verification follows its
	 * import, which runs on a thread of its own (see {@link DemoPushedLists}).
	 */
	private void loadActivity(List<Jurisdiction> nodes, List<Jurisdiction> grids) {
		DemoStory story = new DemoStory(clock.today(), clock.zone(), properties.randomSeed());
		List<Jurisdiction> villages = nodes.stream().filter(n -> n.level() == JurisdictionLevel.VILLAGE).toList();
		List<Jurisdiction> township = villages.stream()
			.filter(v -> DemoTree.TOWNSHIP.equals(v.parentCode()) && !DemoStory.FREEDOM_VILLAGE.equals(v.code()))
			.limit(4)
			.toList();
		Jurisdiction beyond = villages.stream()
			.filter(v -> !DemoTree.TOWNSHIP.equals(v.parentCode()))
			.findFirst()
			.orElseThrow();
		List<String> returneeVillages = new ArrayList<>(township.stream().map(Jurisdiction::code).toList());
		returneeVillages.add(beyond.code());
		Jurisdiction caseVillage = township.get(1);
		timed("risk areas", () -> returnees.designateRiskAreas(story));
		// The two largest parts touch different villages and persons: each on a thread of its own, with
		// its own story (the same seed gives the same month whatever the threads' interleaving).
		DemoStory roundsStory = new DemoStory(story.today(), clock.zone(), properties.randomSeed() + 1);
		ExecutorService parts = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> returneesLoaded = CompletableFuture.runAsync(() -> SystemTask.run(() -> timed(
					"returnees and their orders", () -> returnees.load(story, DemoTree.TOWNSHIP, gridsOf(grids, returneeVillages)))),
					parts);
			CompletableFuture<Void> roundsLoaded = CompletableFuture.runAsync(() -> SystemTask.run(() -> timed(
					"自由村's rounds", () -> rounds.load(roundsStory, gridsOf(grids, List.of(DemoStory.FREEDOM_VILLAGE))))),
					parts);
			CompletableFuture.allOf(returneesLoaded, roundsLoaded).join();
		}
		finally {
			parts.shutdown();
		}
		timed("the case and its contacts",
				() -> outbreak.load(story, caseVillage, gridsOf(grids, List.of(caseVillage.code())).getFirst()));
		timed("staff check-ins", () -> checkIns.load(story, DemoTree.TOWNSHIP));
		timed("the pushed list", () -> pushedLists.load(story, DemoTree.TOWNSHIP));
		// Travellers handed over from the roadside go to villages other than the demo grid's, whose home keeps its own work.
		String demoVillage = villages.stream().filter(v -> DemoTree.TOWNSHIP.equals(v.parentCode())).findFirst().orElseThrow().code();
		List<Jurisdiction> destinations = villages.stream()
			.filter(v -> DemoTree.TOWNSHIP.equals(v.parentCode()) && !v.code().equals(demoVillage)
					&& !DemoStory.FREEDOM_VILLAGE.equals(v.code()))
			.limit(3)
			.toList();
		DemoStory roadStory = new DemoStory(story.today(), clock.zone(), properties.randomSeed() + 2);
		timed("checkpoints and their passages", () -> checkpoints.load(roadStory, DemoTree.TOWNSHIP, destinations));
	}

	private static void timed(String part, Runnable load) {
		long started = System.nanoTime();
		load.run();
		log.debug("Demo activity, {}: {} ms", part, (System.nanoTime() - started) / 1_000_000);
	}

	private static List<Jurisdiction> gridsOf(List<Jurisdiction> grids, List<String> villages) {
		return grids.stream().filter(g -> villages.contains(g.parentCode())).toList();
	}

	private void loadPopulation(List<Jurisdiction> grids, Map<String, Jurisdiction> byCode) {
		DemoPopulation population = new DemoPopulation(properties.randomSeed(), clock.today());
		int total = properties.personCount();
		List<PeopleBulkLoad.Household> slice = new ArrayList<>(SLICE + 100);
		PeopleBulkLoad.Result loaded = new PeopleBulkLoad.Result(0, 0, 0);
		for (int i = 0; i < grids.size(); i++) {
			Jurisdiction grid = grids.get(i);
			// Spread persons evenly, handing the remainder to the first grids.
			int persons = total / grids.size() + (i < total % grids.size() ? 1 : 0);
			String villageName = byCode.get(grid.parentCode()).name().replace("村民委员会", "村").replace("居民委员会", "社区");
			slice.addAll(population.householdsFor(grid, villageName, persons));
			if (slice.size() >= SLICE) {
				loaded = loaded.plus(bulkLoad.load(slice));
				slice.clear();
				if (total >= 100_000) {
					log.info("Demo population: {} persons loaded", loaded.persons());
				}
			}
		}
		loaded = loaded.plus(bulkLoad.load(slice));
		log.info("Demo population: {} persons in {} households", loaded.persons(), loaded.households());
	}
}
