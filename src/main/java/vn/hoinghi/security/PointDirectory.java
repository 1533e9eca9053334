package vn.hoinghi.security;

/**
 * The meeting points a screen link may show. The point feature provides it (it depends on this one), as the unit
 * feature provides the {@link UnitDirectory}.
 */
public interface PointDirectory {

    boolean isPointOf(long conferenceId, long pointId);
}
