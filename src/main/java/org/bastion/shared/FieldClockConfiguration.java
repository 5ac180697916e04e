package org.bastion.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The system clock in the deployment's zone, as a bean so that a test can stand a fixed one in its place. */
@Configuration(proxyBeanMethods = false)
class FieldClockConfiguration {

	@Bean
	Clock fieldZoneClock(@Value("${bastion.zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}
}
