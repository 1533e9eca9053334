package vn.hoinghi.floor;

/** A request with the name of the point it came from (null: from the hall), as the MC's list and the cue show it. */
public record FloorLine(FloorRequest request, String pointName) {

    /** Whether the technicians switch to a remote point for it; from the hall, the hall's microphones are live. */
    public boolean fromPoint() {
        return request.pointId() != null;
    }
}
