package io.github.cbrsync.ui.common;

import io.github.cbrsync.store.AppSettings.TableLayout;
import java.util.Optional;

/** Where table layouts are remembered (settings.json in the app). */
public interface LayoutMemory {
    LayoutMemory NONE = new LayoutMemory() {
        @Override
        public Optional<TableLayout> layout(String tableId) {
            return Optional.empty();
        }

        @Override
        public void save(String tableId, TableLayout layout) {
        }
    };

    Optional<TableLayout> layout(String tableId);

    void save(String tableId, TableLayout layout);
}
