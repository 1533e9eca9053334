package vn.hoinghi.document;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Office files (.xlsx, .docx) are zip packages. Their parts are looked up in the central directory, which is read
 * whole into memory: its entries are counted first, by their signature, so a package of a million tiny entries is
 * refused before the zip library reads them.
 */
public final class ZipPackages {

    static final int MAX_ENTRIES = 1_000;

    private ZipPackages() {
    }

    /** Whether the bytes are a zip package of at most {@value #MAX_ENTRIES} entries holding every named part. */
    public static boolean holds(byte[] bytes, String... parts) {
        if (entries(bytes) > MAX_ENTRIES) {
            return false;
        }
        try (ZipFile zip = open(bytes)) {
            for (String part : parts) {
                if (zip.getEntry(part) == null) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** An upper bound of the central directory's entries: the count of their signature. */
    static int entries(byte[] bytes) {
        int count = 0;
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                count++;
            }
        }
        return count;
    }

    static ZipFile open(byte[] bytes) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    }
}
