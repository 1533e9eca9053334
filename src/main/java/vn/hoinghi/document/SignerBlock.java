package vn.hoinghi.document;

import java.util.Arrays;
import java.util.List;

/**
 * A signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", or the same one line each) as Decree 30 prints it: each part on
 * its own line, in capitals. Plans write the parts with slashes, forms with line breaks; both are read here.
 */
public final class SignerBlock {

    private SignerBlock() {
    }

    public static List<String> lines(String block) {
        if (block == null) {
            return List.of();
        }
        return Arrays.stream(block.split("[/\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(PdfFonts::upper).toList();
    }

    /** The block with one part per line, for a form or a page. */
    public static String text(String block) {
        return String.join("\n", lines(block));
    }
}
