package org.bastion.jurisdiction;

import java.util.List;

/** A list answer, wrapped so that fields (a cursor, a total) can be added without breaking clients. */
record Items<T>(List<T> items) {
}
