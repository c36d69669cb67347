package io.github.cbrsync.service;

import java.io.IOException;
import java.util.List;

/** Where the plans of running bulk syncs are kept until they finish (per connection). */
public interface JobStore {
    JobStore NONE = new JobStore() {
        @Override
        public void save(JobPlan plan) {
        }

        @Override
        public List<JobPlan> loadAll() {
            return List.of();
        }

        @Override
        public void delete(String jobId) {
        }
    };

    void save(JobPlan plan) throws IOException;

    /** The plans of bulk syncs that did not finish (left behind by a crash or a closed window). */
    List<JobPlan> loadAll() throws IOException;

    /** Forgets the plan (finished, cancelled, or its rest declined). */
    void delete(String jobId) throws IOException;
}
