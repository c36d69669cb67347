package io.github.cbrsync.ui.common;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list of many rows where an insert or a remove anywhere moves at most one chunk of rows, not every row
 * after it. The history shows 100,000 rows and a bulk sync inserts a thousand at its top in one trip (newest
 * first) or moves them across it (sorted by status): in an ArrayList each of those moved all 100,000
 * references, a tenth of a second of the FX thread per trip. Reading a row is a binary search among the
 * chunks' starts, so binary searches over the rows stay cheap.
 *
 * <p>Hand-written because the libraries that insert anywhere cheaply (a tree list) read a row in O(log n) node
 * hops and add an object per row; this adds an int per chunk. Not thread-safe: the UI thread's.
 */
final class ChunkedRows<T> extends AbstractList<T> implements RandomAccess {
    /** A chunk that grows past this is split in two: an edit moves at most this many references. */
    static final int MOST_PER_CHUNK = 1024;

    private final int mostPerChunk;
    private final List<ArrayList<T>> chunks = new ArrayList<>();
    /** The index of each chunk's first row; valid up to {@code startsValidBelow}. */
    private int[] starts = new int[16];
    private int startsValidBelow;
    private int size;

    ChunkedRows() {
        this(List.of(), MOST_PER_CHUNK);
    }

    ChunkedRows(Collection<? extends T> rows) {
        this(rows, MOST_PER_CHUNK);
    }

    /** {@code mostPerChunk}: small in tests, so that few rows make many chunks. */
    ChunkedRows(Collection<? extends T> rows, int mostPerChunk) {
        this.mostPerChunk = mostPerChunk;
        // Sliced straight from a list that reads by index; anything else is copied once first.
        List<? extends T> all = rows instanceof List<? extends T> list && rows instanceof RandomAccess ? list
                : new ArrayList<>(rows);
        // Half full: the first inserts into a chunk do not split it at once.
        int perChunk = Math.max(1, mostPerChunk / 2);
        for (int from = 0; from < all.size(); from += perChunk) {
            chunks.add(new ArrayList<>(all.subList(from, Math.min(all.size(), from + perChunk))));
        }
        size = all.size();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        checkIndex(index, size);
        int chunk = chunkOf(index);
        return chunks.get(chunk).get(index - starts[chunk]);
    }

    @Override
    public T set(int index, T row) {
        checkIndex(index, size);
        int chunk = chunkOf(index);
        return chunks.get(chunk).set(index - starts[chunk], row);
    }

    @Override
    public void add(int index, T row) {
        checkIndex(index, size + 1);
        if (chunks.isEmpty()) {
            chunks.add(new ArrayList<>());
        }
        // At the very end: into the last chunk.
        int chunk = index == size ? chunks.size() - 1 : chunkOf(index);
        ArrayList<T> target = chunks.get(chunk);
        target.add(index - start(chunk), row);
        size++;
        modCount++;
        if (target.size() > mostPerChunk) {
            ArrayList<T> upper = new ArrayList<>(target.subList(target.size() / 2, target.size()));
            target.subList(target.size() / 2, target.size()).clear();
            chunks.add(chunk + 1, upper);
        }
        startsValidBelow = Math.min(startsValidBelow, chunk + 1);
    }

    @Override
    public T remove(int index) {
        checkIndex(index, size);
        int chunk = chunkOf(index);
        ArrayList<T> target = chunks.get(chunk);
        T removed = target.remove(index - starts[chunk]);
        size--;
        modCount++;
        if (target.isEmpty()) {
            chunks.remove(chunk);
        }
        startsValidBelow = Math.min(startsValidBelow, chunk + 1);
        return removed;
    }

    /** The chunk that holds the row at {@code index} (less than size). */
    private int chunkOf(int index) {
        validateStarts();
        int low = 0;
        int high = chunks.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private int start(int chunk) {
        validateStarts();
        return starts[chunk];
    }

    /** Brings the chunks' starts up to date from the first chunk an edit touched. */
    private void validateStarts() {
        if (startsValidBelow >= chunks.size()) {
            return;
        }
        if (starts.length < chunks.size()) {
            starts = Arrays.copyOf(starts, chunks.size() * 2);
        }
        int from = Math.max(startsValidBelow, 1);
        if (startsValidBelow == 0) {
            starts[0] = 0;
        }
        for (int i = from; i < chunks.size(); i++) {
            starts[i] = starts[i - 1] + chunks.get(i - 1).size();
        }
        startsValidBelow = chunks.size();
    }

    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + length);
        }
    }
}
