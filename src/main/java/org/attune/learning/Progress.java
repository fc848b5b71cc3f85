package org.attune.learning;

import java.io.Serializable;

/** How much of something has been read: sections read out of sections in total. */
public record Progress(int read, int total) implements Serializable {

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * read / total);
    }

    public boolean complete() {
        return total > 0 && read >= total;
    }

    public int getPercent() {
        return percent();
    }

    public int getRead() {
        return read;
    }

    public int getTotal() {
        return total;
    }

    public boolean isComplete() {
        return complete();
    }
}
