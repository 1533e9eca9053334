package vn.hoinghi.delegate;

/**
 * A "thành phần" of the delegate list (e.g. "Lãnh đạo tỉnh"), in the order the list is printed. {@code colour} is
 * the band of its delegates' cards as "#RRGGBB", null when the committee chose none (then {@link #cardColour()}).
 */
public record CompositionGroup(long id, long conferenceId, String name, int position, String colour) {

    /** The colour its cards are printed in: the chosen one, or the palette's for its position. */
    public String cardColour() {
        return colour != null ? colour : GroupColours.forPosition(position);
    }
}
