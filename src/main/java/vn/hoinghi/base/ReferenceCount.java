package vn.hoinghi.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many records of one kind refer to a record someone wants to delete, named as a refusal says it: "12 đại biểu".
 * A record is deleted only while nothing refers to it (one typed in by mistake), so no history is lost.
 */
public record ReferenceCount(int count, String noun) {

    /**
     * Refuses to delete {@code what} while any of these counts is above zero, naming what refers and how many:
     * "Không xóa được Điểm cầu UBND huyện Đakrông: còn 12 đại biểu, 1 mục chương trình."
     */
    public static void refuseDeletingWhileAny(String what, List<ReferenceCount> references) {
        stillReferring(references).ifPresent(left ->
                throwValidation(Texts.t("delete.stillReferenced", what, left)));
    }

    /** What still refers, as a refusal names it ("12 đại biểu, 1 mục chương trình"); empty when nothing does. */
    public static Optional<String> stillReferring(List<ReferenceCount> references) {
        List<String> left = references.stream().filter(r -> r.count() > 0).map(r -> r.count() + " " + r.noun()).toList();
        return left.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", left));
    }

    private static void throwValidation(String message) {
        throw new ValidationException(Map.of("delete", message));
    }
}
