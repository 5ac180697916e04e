package org.bastion.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.people.CareFlag;
import org.bastion.people.IdNumber;
import org.bastion.people.NewPerson;
import org.bastion.people.PeopleBulkLoad;
import org.bastion.people.Relation;
import org.bastion.people.Sex;

/**
 * Makes up a plausible rural population: households of one to six with a head, spouse, children
 * and elders; Chinese names by common surnames; valid ID numbers, mostly registered in the county;
 * mobile phones for adults; the special-care flags a village cadre would tick.
 */
final class DemoPopulation {

	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤罗";

	static final String MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢佳阳建国志文兵成海东";

	static final String FEMALE_CHARS = "芳娟敏静丽艳娜秀英霞燕玲桂兰琴梅云莉红萍婷雪慧玉洁倩琳欣怡佳思雨晶月凤";

	private static final String[] PHONE_PREFIXES = { "133", "135", "136", "137", "138", "139", "150", "151", "152",
			"157", "158", "159", "177", "180", "181", "182", "183", "187", "188", "189", "199" };

	/** Most residents were registered in the county; some in the city, the province capital, elsewhere. */
	private static final String[] OTHER_REGIONS = { "511502", "511524", "511526", "510104", "500101", "530102" };

	private static final int[] HOUSEHOLD_SIZES = { 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6 };

	private static final LocalDate OLDEST = LocalDate.of(1920, 1, 1);

	private final Random random;

	private final LocalDate today;

	/** How many numbers each birth date has used, so that no two persons share one. */
	private final short[] sequences;

	DemoPopulation(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
		this.sequences = new short[(int) (today.toEpochDay() - OLDEST.toEpochDay() + 1)];
	}

	/** Households for one group or grid until {@code persons} people live there. */
	List<PeopleBulkLoad.Household> householdsFor(Jurisdiction grid, String villageName, int persons) {
		List<PeopleBulkLoad.Household> households = new ArrayList<>();
		int made = 0;
		int number = 1;
		while (made < persons) {
			int size = Math.min(HOUSEHOLD_SIZES[random.nextInt(HOUSEHOLD_SIZES.length)], persons - made);
			String address = villageName + grid.name() + (number++) + "号";
			households.add(new PeopleBulkLoad.Household(grid.code(), grid.path(), address, members(size, address)));
			made += size;
		}
		return households;
	}

	private List<PeopleBulkLoad.Member> members(int size, String address) {
		List<PeopleBulkLoad.Member> members = new ArrayList<>(size);
		String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		Sex headSex = random.nextInt(100) < 80 ? Sex.MALE : Sex.FEMALE;
		int headAge = size == 1 ? 45 + random.nextInt(45) : 28 + random.nextInt(45);
		members.add(member(surname, headSex, headAge, Relation.HEAD, address, size == 1 && headAge >= 65));
		if (size >= 2) {
			Sex spouseSex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
			String spouseSurname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
			members.add(member(spouseSurname, spouseSex, Math.max(20, headAge - 5 + random.nextInt(10)), Relation.SPOUSE,
					address, false));
		}
		for (int i = 2; i < size; i++) {
			boolean elder = i == 5 || (i == 4 && headAge < 45);
			if (elder) {
				members.add(member(surname, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
						Math.min(100, headAge + 22 + random.nextInt(10)), Relation.PARENT, address, false));
			}
			else {
				int childAge = Math.max(0, headAge - 22 - random.nextInt(14));
				members.add(member(surname, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, childAge, Relation.CHILD,
						address, false));
			}
		}
		return members;
	}

	private PeopleBulkLoad.Member member(String surname, Sex sex, int age, Relation relation, String address,
			boolean alone) {
		LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(364));
		if (birth.isBefore(OLDEST)) {
			birth = OLDEST.plusDays(random.nextInt(365));
		}
		String region = random.nextInt(100) < 88 ? DemoTree.COUNTY : OTHER_REGIONS[random.nextInt(OTHER_REGIONS.length)];
		IdNumber id = IdNumber.of(region, birth, nextSequence(birth, sex));
		String name = surname + givenName(sex);
		String phone = age >= 14 ? phone() : null;
		Set<CareFlag> flags = EnumSet.noneOf(CareFlag.class);
		if (alone) {
			flags.add(CareFlag.ELDERLY_ALONE);
		}
		if (age < 6) {
			flags.add(CareFlag.SMALL_CHILD);
		}
		if (sex == Sex.FEMALE && age >= 20 && age <= 40 && random.nextInt(100) < 4) {
			flags.add(CareFlag.PREGNANT);
		}
		if (random.nextInt(100) < 2) {
			flags.add(CareFlag.DISABLED);
		}
		if (random.nextInt(100) < 3) {
			flags.add(CareFlag.HARDSHIP);
		}
		NewPerson person = new NewPerson(id.value(), name, phone, null, address, null, relation, null, null, null, null,
				flags, null);
		return new PeopleBulkLoad.Member(person, relation);
	}


	/** Sequence numbers per birth date: odd for men, even for women, as the ID standard has it. */
	private int nextSequence(LocalDate birth, Sex sex) {
		int day = (int) (birth.toEpochDay() - OLDEST.toEpochDay());
		int used = sequences[day]++;
		int sequence = used * 2 + (sex == Sex.MALE ? 1 : 0);
		if (sequence > 999) {
			throw new IllegalStateException("More than 500 persons of one sex born on " + birth);
		}
		return sequence;
	}

	private String givenName(Sex sex) {
		String chars = sex == Sex.MALE ? MALE_CHARS : FEMALE_CHARS;
		String first = String.valueOf(chars.charAt(random.nextInt(chars.length())));
		return random.nextInt(100) < 70 ? first + chars.charAt(random.nextInt(chars.length())) : first;
	}

	private String phone() {
		return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + "%08d".formatted(random.nextInt(100_000_000));
	}
}
