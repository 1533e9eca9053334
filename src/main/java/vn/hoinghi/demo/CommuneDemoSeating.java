package vn.hoinghi.demo;

import vn.hoinghi.delegate.SeatingService;

/**
 * The 2025 demo's hall seated: three rows of twelve, the first reserved for the leaders with a protocol rank, and
 * everyone seated automatically — so the seat plan, the cards and the name plates have something to print.
 */
final class CommuneDemoSeating {

    static final int ROWS = 3;
    static final int SEATS_PER_ROW = 12;

    private CommuneDemoSeating() {
    }

    static void seat(long conferenceId, SeatingService seating) {
        seating.defineRows(conferenceId, SeatingService.uniformRows(ROWS, SEATS_PER_ROW, 1));
        seating.autoAssign(conferenceId, false);
    }
}
