package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/** Whatever a connection is called, its journal's file name stays inside the history folder and is portable. */
@Tag("properties")
class JournalNameProperties {

    @Property
    void anyConnectionNameGivesAPlainFileName(@ForAll String connectionName) {
        assertThat(AppContext.fileNameFor(connectionName)).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(
                Math.max(10, connectionName.length()));
    }
}
