package org.bastion.rounds;

/** A visit after an outcome was recorded; {@code replayed} when the client id had been seen and nothing was stored. */
public record VisitResult(Visit visit, boolean replayed) {
}
