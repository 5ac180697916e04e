package org.bastion.demo;

import java.util.List;

import org.bastion.security.Users;
import org.bastion.shared.StartRefused;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Refuses a start without {@code --demo} on a database that holds the demo's accounts: their
 * password is in the README, so a data folder tried with the demo and then put into service would
 * let anybody in. Checked once the schema is migrated and before the port opens.
 */
@Component
@ConditionalOnBooleanProperty(name = "bastion.demo.enabled", havingValue = false, matchIfMissing = true)
class DemoLeftovers implements SmartInitializingSingleton {

	private final Users users;

	DemoLeftovers(Users users) {
		this.users = users;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> present = DemoAccounts.usernames().stream().filter(users::exists).toList();
		if (!present.isEmpty()) {
			throw new StartRefused("This database was made by --demo and holds its demo accounts (%s, password %s)."
				.formatted(String.join(", ", present), DemoProperties.PASSWORD),
					"Start with --demo to go on with the demo, or use a new, empty bastion.data-dir (or database) for a real deployment.");
		}
	}
}
