package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.OwnTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several processes share the database (the suite's contexts do, as app nodes would): a list is failed
 * as interrupted only once the process running it stops renewing its lease, never because another one
 * started or looked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportLeaseTests {

	@Autowired
	PushedListDatabase lists;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jurisdictions jurisdictions;

	OwnTree tree;

	@BeforeEach
	void aVillageOfItsOwn() {
		tree = OwnTree.create(jurisdictions);
	}

	@Test
	void aListWhoseProcessStoppedRenewingIsFailedAsInterruptedWithItsEntriesRemoved() {
		long id = queued("lease-stopped");
		lastSeenAnHourAgo(id);

		jobs.failAbandoned();

		PushedListDatabase.ListRow list = lists.find(id).orElseThrow();
		assertThat(list.status()).isEqualTo(PushedListStatus.FAILED);
		assertThat(list.failure()).isEqualTo(ImportJobs.INTERRUPTED);
	}

	@Test
	void aListALiveProcessHoldsIsLeftToIt() {
		long id = queued("lease-live");

		jobs.failAbandoned();

		assertThat(lists.find(id).orElseThrow().status()).isEqualTo(PushedListStatus.QUEUED);
		lastSeenAnHourAgo(id);
		jobs.failAbandoned();
	}

	@Test
	void renewingKeepsAliveOnlyTheWorkersOwnLists() {
		long own = queued("lease-own");
		long other = queued("lease-other");
		lastSeenAnHourAgo(own);
		lastSeenAnHourAgo(other);

		lists.renew("lease-own");

		assertThat(lists.abandoned(120)).extracting(PushedListDatabase.ListRow::id).contains(other).doesNotContain(own);
		jobs.failAbandoned();
		assertThat(lists.find(own).orElseThrow().status()).isEqualTo(PushedListStatus.QUEUED);
		lastSeenAnHourAgo(own);
		jobs.failAbandoned();
	}

	private long queued(String worker) {
		long id = lists.insert("租约测试名单", LocalDate.now().plusDays(3), "lease.csv", "lease-" + System.nanoTime(),
				"1=NAME", 1, "姓名", tree.village(), tree.villagePath(), 1, "lease-test");
		lists.assign(id, worker);
		return id;
	}

	private void lastSeenAnHourAgo(long id) {
		jdbc.sql("UPDATE pushed_list SET worker_seen_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR WHERE id = ?")
			.param(id)
			.update();
	}
}
