package org.bastion;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Bastion: grassroots epidemic prevention and control.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class BastionApplication {

	public static void main(String[] args) {
		SpringApplication.run(BastionApplication.class, translateShortFlags(args));
	}

	/** {@code --demo} reads better on a command line than {@code --bastion.demo.enabled=true}. */
	static String[] translateShortFlags(String[] args) {
		return Arrays.stream(args)
			.map(arg -> arg.equals("--demo") ? "--bastion.demo.enabled=true" : arg)
			.toArray(String[]::new);
	}
}
