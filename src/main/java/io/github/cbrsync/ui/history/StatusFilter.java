package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.i18n.Messages;
import java.util.function.Predicate;

/** The choices of the history's status filter. */
public enum StatusFilter {
    ALL(s -> true),
    ACTIVE(s -> !s.isFinal()),
    SUCCEEDED(s -> s == HistoryStatus.SUCCESS || s == HistoryStatus.SKIPPED),
    PROBLEMS(HistoryStatus::isProblem);

    private final Predicate<HistoryStatus> test;

    StatusFilter(Predicate<HistoryStatus> test) {
        this.test = test;
    }

    public boolean matches(HistoryStatus status) {
        return test.test(status);
    }

    @Override
    public String toString() {
        return Messages.get("history.filter.status." + name());
    }
}
