package vn.hoinghi.checkin;

/** How a delegate was checked in. */
public enum CheckinMethod {
    /** Their code, scanned or typed at a hall gate. */
    QR,
    /** Found by name or phone at a hall gate, without their code. */
    SEARCH,
    /** At a remote point's desk, ticked or scanned by its coordinator. */
    POINT,
    /** Posted by a scanner device through the API. */
    API
}
