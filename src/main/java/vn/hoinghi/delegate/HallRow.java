package vn.hoinghi.delegate;

/** A row of seats in the hall, front to back. Reserved rows are kept for the leaders the MC introduces. */
public record HallRow(String label, int seatCount, boolean reserved) {
}
