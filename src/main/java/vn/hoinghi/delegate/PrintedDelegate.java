package vn.hoinghi.delegate;

import vn.hoinghi.base.StaysVietnamese;

/**
 * Who a card or a name plate is printed for, as printed: the registered substitute ("dự thay") in place of the
 * invited leader — the substitute's name and title, the invited leader's unit — and where they sit.
 */
@StaysVietnamese("the words printed on delegate cards and name plates")
record PrintedDelegate(long delegateId, String name, String title, String unit, String groupName, String colour,
                       boolean atHall, String seatRow, Integer seatNumber, String pointName, String qrLink) {

    static PrintedDelegate of(Delegate d, CompositionGroup group, String qrLink) {
        boolean substitute = d.hasSubstitute();
        return new PrintedDelegate(d.id(), substitute ? d.substituteName() : d.fullName(),
                substitute ? blankToNull(d.substituteTitle()) : blankToNull(d.title()), blankToNull(d.unitName()),
                group == null ? null : group.name(),
                group == null ? GroupColours.NO_GROUP : group.cardColour(),
                d.atHall(), d.seatRow(), d.seatNumber(), d.pointName(), qrLink);
    }

    /** "Hàng A – Ghế số 5", "Hội trường" before a seat is given, or "Điểm cầu xã Nam Gianh". */
    String place() {
        if (!atHall) {
            return pointName;
        }
        return seatRow == null ? "Hội trường" : "Hàng " + seatRow + " – Ghế số " + seatNumber;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
