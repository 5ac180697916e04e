package org.bastion.reporting;

import java.time.ZoneOffset;
import java.util.List;

import org.bastion.shared.InScope;
import org.bastion.shared.ReportFigureSource;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure source for the dashboard's tests, whatever sources the branch holds: the persons registered in a
 * window (a flow without a records page) and the residents standing at its end (a stock whose records page is
 * the place's page), counted from the rows the tests register in their own places.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DashboardFixture {

	public static final String REGISTERED = "fixture.registered";

	public static final String RESIDENTS = "fixture.residents";

	/** Where the residents of a place are listed: the place's own page. */
	public static String residentsLink(String code) {
		return "/jurisdictions/" + code;
	}

	@Bean
	ReportFigureSource dashboardFixtureFigures(JdbcClient jdbc) {
		return new ReportFigureSource() {

			@Override
			public List<ReportFigure> figures() {
				return List.of(new ReportFigure(REGISTERED, "community", Kind.FLOW),
						new ReportFigure(RESIDENTS, "community", Kind.STOCK));
			}

			@Override
			public List<PlaceCount> counts(ReportWindow window, String scope) {
				return InScope
					.bind(jdbc.sql("SELECT jurisdiction_path, COUNT(*) AS residents, SUM(CASE WHEN created_at >= :from "
							+ "THEN 1 ELSE 0 END) AS registered FROM person WHERE " + InScope.sql()
							+ " AND created_at < :to GROUP BY jurisdiction_path"), scope)
					.param("from", window.from().atOffset(ZoneOffset.UTC))
					.param("to", window.to().atOffset(ZoneOffset.UTC))
					.query((rs, n) -> List.of(new PlaceCount(rs.getString(1), RESIDENTS, rs.getLong(2)),
							new PlaceCount(rs.getString(1), REGISTERED, rs.getLong(3))))
					.list()
					.stream()
					.flatMap(List::stream)
					.toList();
			}

			@Override
			public String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
				return RESIDENTS.equals(figure) ? residentsLink(jurisdictionCode) : null;
			}
		};
	}
}
