package io.github.cbrsync.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * One sync per vault at a time. A compare-and-set from idle to requesting means a double click, a key
 * repeat, a second window or a bulk sync that overlaps can never send a second sync for the same vault;
 * the gate stays closed while the vault's task is waiting or running and opens when it ends.
 */
public final class VaultGate {
    /** Where a vault stands. */
    public enum State { IDLE, REQUESTING, TASK_ACTIVE }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, State>> listeners = new CopyOnWriteArrayList<>();

    /** Claims the vault; false when a sync of it is already in flight or running. */
    public boolean tryStart(String vaultId) {
        boolean claimed = states.putIfAbsent(vaultId, State.REQUESTING) == null;
        if (claimed) {
            fire(vaultId, State.REQUESTING);
        }
        return claimed;
    }

    /** The request returned a task: keep the vault closed until the task ends. */
    public void taskStarted(String vaultId) {
        if (states.replace(vaultId, State.REQUESTING, State.TASK_ACTIVE)) {
            fire(vaultId, State.TASK_ACTIVE);
        }
    }

    public void release(String vaultId) {
        if (states.remove(vaultId) != null) {
            fire(vaultId, State.IDLE);
        }
    }

    public State state(String vaultId) {
        return states.getOrDefault(vaultId, State.IDLE);
    }

    /** Called on the thread that changed the state; UI listeners must hop to their own thread. */
    public void addListener(BiConsumer<String, State> listener) {
        listeners.add(listener);
    }

    private void fire(String vaultId, State state) {
        listeners.forEach(l -> l.accept(vaultId, state));
    }
}
