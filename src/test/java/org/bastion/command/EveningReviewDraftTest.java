package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bastion.command.EveningReviewFigures.Alerts;
import org.bastion.command.EveningReviewFigures.Figure;
import org.bastion.command.EveningReviewFigures.Reports;
import org.bastion.command.EveningReviewFigures.TaskFacts;
import org.bastion.command.EveningReviewFigures.TaskLine;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The evening review's draft as a pure function of the day's figures, in the bundles' words and as keys. */
class EveningReviewDraftTest {

	private static final LocalDate DAY = LocalDate.of(2020, 2, 3);

	/** The words as their keys with their arguments, so that a test reads which sentence was chosen. */
	private static final EveningReviewDraft.Words KEYS = (key, args) -> key
			+ (args.length == 0 ? "" : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",", "(", ")")));

	private static EveningReviewDraft.Words chinese() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/command", "i18n/health", "i18n/arrivals");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return (key, args) -> messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private static TaskLine line(String title, String holder, String note) {
		return new TaskLine(title, holder, LocalDateTime.of(2020, 2, 3, 20, 0), note);
	}

	private static EveningReviewFigures figures(Reports reports, Alerts alerts, TaskFacts tasks) {
		return new EveningReviewFigures("共乐镇", DAY, reports, alerts, tasks);
	}

	private static final Reports ALL_IN = new Reports(3, 3, 0, 1, List.of(), 0, List.of());

	private static final Alerts CALM = new Alerts(0L, 0L, 0L);

	private static final TaskFacts NO_TASKS = new TaskFacts(0, List.of(), List.of(), List.of());

	@Test
	void aBusyDayIsWrittenOutInChineseWithEveryTaskByTitleAndWhatToFollowUp() {
		Reports reports = new Reports(5, 3, 1, 1, List.of("红星村", "向阳村"), 0,
				List.of(new Figure("arrivals.fromWuhan", 2), new Figure("observation.homeNew", 4)));
		TaskFacts tasks = new TaskFacts(4, List.of(line("夜间巡查", "李明", "已巡查，无异常")),
				List.of(line("全村消杀", "红星村", "没有消杀药品")), List.of(line("入户核查", "张强", null)));
		WorkLogText text = EveningReviewDraft.draft(figures(reports, new Alerts(2L, 1L, 1L), tasks), chinese());

		assertThat(text.reports()).isEqualTo("""
				共乐镇日报：应报 5 个单位，已报 3 个（迟报 1 个，零报告 1 个）。
				未报 2 个：红星村、向阳村。
				主要数据：来自武汉 2、新增居家观察 4。""".replace("新增居家观察", chinese().text("figure.observation.homeNew")));
		assertThat(text.alerts()).isEqualTo("发热预警：今日新增 2 条，尚未处置 1 条。\n卡点检测发现发热 1 人。");
		assertThat(text.tasks()).isEqualTo("""
				今日派发任务 4 件，办结 1 件，退回 1 件，超时未办 1 件。
				办结的任务：
				1. 夜间巡查（李明：已巡查，无异常）
				超时未办的任务：
				1. 入户核查（张强，截止 02-03 20:00）
				退回的任务：
				1. 全村消杀（红星村：没有消杀药品）""");
		assertThat(text.assessment()).isEqualTo("""
				研判意见及明日安排：
				1. 督促未报日报的 2 个单位尽快补报。
				2. 跟踪尚未处置的 1 条预警，落实复测或转诊。
				3. 核实卡点发现的 1 名发热人员去向。
				4. 督办超时未办的 1 件任务。
				5. 重新安排被退回的 1 件任务。""");
	}

	@Test
	void aQuietDayWithEveryReportInSaysSoAndProposesNothing() {
		WorkLogText text = EveningReviewDraft.draft(figures(ALL_IN, CALM, NO_TASKS), KEYS);
		assertThat(text.reports()).isEqualTo("review.reports.tally(共乐镇,3,3,0,1)\nreview.reports.complete\nreview.figures.none");
		assertThat(text.alerts()).isEqualTo("review.alerts.fevers(0,0)\nreview.alerts.checkpoints(0)\nreview.alerts.calm");
		assertThat(text.tasks()).isEqualTo("review.tasks.tally(0,0,0,0)");
		assertThat(text.assessment()).isEqualTo("review.next.title\nreview.next.calm");
	}

	@Test
	void anAreaWithoutReportingUnitsOrAlertFiguresSaysSoInsteadOfZeroes() {
		Reports none = new Reports(0, 0, 0, 0, List.of(), 0, List.of());
		WorkLogText text = EveningReviewDraft.draft(figures(none, new Alerts(null, null, null), NO_TASKS), KEYS);
		assertThat(text.reports()).startsWith("review.reports.none(共乐镇)\n");
		assertThat(text.alerts()).isEqualTo("review.alerts.unknown");
		assertThat(EveningReviewDraft.draft(figures(none, new Alerts(3L, null, null), NO_TASKS), KEYS).alerts())
			.as("a module that counts fevers but no checkpoints").isEqualTo("review.alerts.fevers(3,0)");
	}

	@Test
	void theUnitsMissingBeyondThoseNamedAreCounted() {
		Reports many = new Reports(40, 5, 0, 0, List.of("甲村", "乙村"), 33, List.of());
		String reports = EveningReviewDraft.draft(figures(many, CALM, NO_TASKS), KEYS).reports();
		assertThat(reports).contains("review.reports.missingMore(35,甲村review.separator乙村,33)");
		assertThat(EveningReviewDraft.draft(figures(many, CALM, NO_TASKS), KEYS).assessment())
			.contains("1. review.next.reports(35)");
	}

	@Test
	void aDayOfHundredsOfTasksNamesTheFirstAndCountsTheRest() {
		List<TaskLine> done = IntStream.range(0, 400).mapToObj(i -> line("任务" + i, "李明", null)).toList();
		String tasks = EveningReviewDraft.draft(figures(ALL_IN, CALM, new TaskFacts(400, done, List.of(), List.of())),
				chinese()).tasks();
		assertThat(tasks).contains("\n1. 任务0（李明）\n").doesNotContain("31. ");
		assertThat(tasks).endsWith("30. 任务29（李明）\n……另有 370 件未列出。");
	}

	@Test
	void tasksWithLongNotesStillFitALogSection() {
		List<TaskLine> done = IntStream.range(0, 30).mapToObj(i -> line("任务" + i, "李明", "已完成".repeat(60))).toList();
		String tasks = EveningReviewDraft.draft(figures(ALL_IN, CALM, new TaskFacts(30, done, List.of(), List.of())),
				chinese()).tasks();
		assertThat(tasks).hasSize(WorkLogText.SECTION_LENGTH).endsWith("…").contains("1. 任务0（李明：已完成");
	}
}
