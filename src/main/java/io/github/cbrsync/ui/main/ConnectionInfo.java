package io.github.cbrsync.ui.main;

/** What the window says about the connection it shows: its name, region, project, and how it talks. */
public record ConnectionInfo(String name, String region, String projectId, boolean demo, boolean encrypted,
                             String source) {
}
