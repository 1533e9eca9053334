package vn.hoinghi.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A zip entry's inflated bytes, each counted against the workbook's budget as it is read. */
final class BoundedEntry extends FilterInputStream {

    private final XlsxBudget budget;
    private final long compressed;
    private long read;

    BoundedEntry(InputStream in, long compressed, XlsxBudget budget) {
        super(in);
        this.compressed = Math.max(compressed, 1);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        budget.inflated(n, read, compressed);
    }
}
