package org.bastion.checkpoint;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The last day a checkpoint is staffed, when the area no longer needs it. */
public record CheckpointClosing(@NotNull(message = "{checkpoint.closedOn.required}") LocalDate closedOn) {
}
