package dev.botstore.persistence.tables;

import dev.botstore.api.tables.TableInfo;
import dev.botstore.api.tables.TableModel;
import java.util.List;

/** {@link TableModel} for the {@link java.util.ServiceLoader}: {@link RowModel#offline()}. */
public class OfflineTableModel implements TableModel {

    @Override
    public List<TableInfo> tables() {
        return RowModel.offline();
    }
}
