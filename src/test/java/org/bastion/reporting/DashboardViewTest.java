package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.reporting.DashboardView.Card;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.junit.jupiter.api.Test;

/** A card's arrow and the size of the change it shows, both ways and when nothing moved. */
class DashboardViewTest {

	private static final ReportFigure FEVERS = new ReportFigure("observation.fevers", "observation", Kind.FLOW);

	@Test
	void moreThanYesterdayPointsUpFewerDownTheSameFlat() {
		Card up = new Card(FEVERS, 7, 3, null, null);
		assertThat(up.trend()).isEqualTo("up");
		assertThat(up.change()).isEqualTo(4);
		assertThat(up.distance()).isEqualTo(4);

		Card down = new Card(FEVERS, 2, 9, null, null);
		assertThat(down.trend()).isEqualTo("down");
		assertThat(down.change()).isEqualTo(-7);
		assertThat(down.distance()).isEqualTo(7);

		Card same = new Card(FEVERS, 5, 5, null, null);
		assertThat(same.trend()).isEqualTo("same");
		assertThat(same.distance()).isZero();
	}
}
