package dev.botstore.web.message;

import java.util.List;

/** The ids of a stored batch, in the order of its messages. */
public record BatchIds(List<Integer> ids) {
}
