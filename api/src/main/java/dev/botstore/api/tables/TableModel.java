package dev.botstore.api.tables;

import java.util.List;

/**
 * The tables of the rows API as the entities declare them, without a database: for what is built
 * before the database and the facades are up, such as the OpenAPI document. Found with
 * {@link java.util.ServiceLoader}; the persistence module provides it.
 */
public interface TableModel {

    List<TableInfo> tables();
}
