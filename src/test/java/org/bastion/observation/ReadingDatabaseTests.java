package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.observation.ReadingDatabase.ReadingRow;
import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The readings' way into the table, on whichever database the suite runs: a set goes in by COPY on
 * PostgreSQL and by one set statement on H2, a single reading by a plain insert. Each must store every
 * column as given, answer the ids in the order of the rows, and break the client-id key, on any date,
 * with a {@link DuplicateKeyException}, which the callers take as a race lost and answer as a replay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadingDatabaseTests {

	private static final JurisdictionPath PATH = JurisdictionPath.of("511528", "511528103");

	@Autowired
	ReadingDatabase readings;

	@Autowired
	ReadingPartitions partitions;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSetOfReadingsIsStoredAsGivenWithItsIdsInTheOrderOfTheRows() {
		long order = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		LocalDate today = HealthFixtures.today();
		// Texts that CSV has to quote: a comma, a quote, an empty symptom list; and no client id at all.
		String awkward = "a,\"b\"," + UUID.randomUUID();
		String plain = UUID.randomUUID().toString();
		List<ReadingDatabase.NewReading> rows = List.of(
				reading(order, today, 1, "36.4", Set.of(), awkward),
				reading(order, today, 2, "38.1", EnumSet.of(Symptom.FEVER, Symptom.COUGH), plain),
				reading(order, today.minusDays(1), 1, "35.0", Set.of(Symptom.OTHER), null));
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		List<Long> ids = inTransaction(() -> readings.insertAll(rows, ReadingSource.STAFF, "test-user", at));

		assertThat(ids).hasSize(3).doesNotHaveDuplicates().isSorted();
		Map<String, ReadingRow> found = readings.findByClientIds(List.of(awkward, plain, "never-sent"));
		assertThat(found).containsOnlyKeys(awkward, plain);
		assertThat(found.get(awkward)).isEqualTo(new ReadingRow(ids.get(0), order, today, 1, 2L, new BigDecimal("36.4"),
				Set.of(), ReadingSource.STAFF, awkward, "test-user", at));
		assertThat(found.get(plain)).isEqualTo(new ReadingRow(ids.get(1), order, today, 2, 2L, new BigDecimal("38.1"),
				Set.of(Symptom.FEVER, Symptom.COUGH), ReadingSource.STAFF, plain, "test-user", at));
		assertThat(readings.ofObservation(order)).extracting(ReadingRow::id, ReadingRow::clientId, ReadingRow::symptoms)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ids.get(2), null, Set.of(Symptom.OTHER)),
					org.assertj.core.groups.Tuple.tuple(ids.get(0), awkward, Set.of()),
					org.assertj.core.groups.Tuple.tuple(ids.get(1), plain, Set.of(Symptom.FEVER, Symptom.COUGH)));

		long single = inTransaction(() -> readings.insertAll(
				List.of(reading(order, today, 1, "36.9", Set.of(), null)), ReadingSource.SELF, "self", at)).getFirst();
		assertThat(single).isGreaterThan(ids.get(2));
	}

	@Test
	void aClientIdSeenBeforeOnAnyDayBreaksTheKeyAsADuplicateAndStoresNothing() {
		long order = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		LocalDate today = HealthFixtures.today();
		String clientId = UUID.randomUUID().toString();
		Instant at = Instant.now();
		inTransaction(() -> readings.insertAll(List.of(reading(order, today, 1, "36.5", Set.of(), clientId)),
				ReadingSource.STAFF, "test-user", at));

		List<ReadingDatabase.NewReading> set = new ArrayList<>();
		set.add(reading(order, today, 2, "36.6", Set.of(), UUID.randomUUID().toString()));
		set.add(reading(order, today, 2, "36.7", Set.of(), clientId));
		assertThatThrownBy(() -> inTransaction(() -> readings.insertAll(set, ReadingSource.STAFF, "test-user", at)))
			.isInstanceOf(DuplicateKeyException.class);
		assertThatThrownBy(() -> inTransaction(() -> readings.insertAll(List.of(set.get(1)), ReadingSource.STAFF,
				"test-user", at)))
			.isInstanceOf(DuplicateKeyException.class);
		List<ReadingDatabase.NewReading> yesterday = List.of(
				reading(order, today.minusDays(1), 1, "36.6", Set.of(), UUID.randomUUID().toString()),
				reading(order, today.minusDays(1), 2, "36.7", Set.of(), clientId));
		assertThatThrownBy(() -> inTransaction(() -> readings.insertAll(yesterday, ReadingSource.STAFF, "test-user", at)))
			.as("the same client id on another day")
			.isInstanceOf(DuplicateKeyException.class);
		assertThatThrownBy(() -> inTransaction(() -> readings.insertAll(List.of(yesterday.get(1)), ReadingSource.STAFF,
				"test-user", at)))
			.isInstanceOf(DuplicateKeyException.class);

		assertThat(readings.ofObservation(order)).extracting(ReadingRow::clientId).containsExactly(clientId);
	}

	private static ReadingDatabase.NewReading reading(long order, LocalDate date, int slot, String temperature,
			Set<Symptom> symptoms, String clientId) {
		return new ReadingDatabase.NewReading(order, date, slot, 2L, new BigDecimal(temperature), symptoms, clientId, PATH);
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		partitions.ensure(HealthFixtures.today().minusDays(1));
		partitions.ensure(HealthFixtures.today());
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}
}
