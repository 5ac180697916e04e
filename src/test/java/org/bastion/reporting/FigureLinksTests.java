package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bastion.PageSession;
import org.bastion.security.SystemTask;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every number of a report opens a page of its records: each link a figure source gives answers a page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FigureLinksTests {

	@LocalServerPort
	int port;

	@Autowired
	DailyFigures figures;

	@Autowired
	ReportWindows windows;

	@Test
	void everyFiguresLinkOpensAPageOfItsRecordsForTheTownship() throws Exception {
		ReportWindow window = SystemTask.call(() -> windows.window(windows.current()));
		PageSession township = PageSession.signIn(port, "demo-township");
		List<String> linked = new ArrayList<>();
		for (ReportFigure figure : figures.catalogue()) {
			String link = figures.recordsLink(figure.key(), "511528103", window);
			if (link == null) {
				continue;
			}
			linked.add(figure.key());
			assertThat(township.get(link).statusCode()).as("%s → %s", figure.key(), link).isEqualTo(200);
		}
		assertThat(linked).contains("arrivals.fromWuhan", "arrivals.total", "observation.homeCurrent",
				"observation.fevers", "cases.confirmed", "isolation.occupants");
	}
}
