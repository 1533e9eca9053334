package vn.hoinghi.floor;

/** The programme item on now, as the floor sees it: whether points may ask for the floor while it is on. */
public record FloorItem(long id, String title, boolean takesRequests) {
}
