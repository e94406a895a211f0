package dev.botstore.api.tables;

import java.util.List;

/** A named unique key or index and its columns, in order. */
public record KeyInfo(String name, List<String> columns) {

    public KeyInfo {
        columns = List.copyOf(columns);
    }
}
