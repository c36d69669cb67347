package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.ConnectionId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/**
 * Whatever a new connection is called (Chinese, emoji, nothing but punctuation), the ID it gets, which names its
 * journal, is a plain portable file name inside the history folder.
 */
@Tag("properties")
class JournalNameProperties {

    @Property
    void anyConnectionNameGivesAPlainFileName(@ForAll String connectionName) {
        ConnectionId id = ConnectionId.fromName(connectionName);
        assertThat(id.value()).matches("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?").hasSizeLessThanOrEqualTo(60);
        assertThat(id.numbered(99).value()).matches("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    }
}
