package vn.hoinghi.point;

import java.util.List;

/**
 * What a bulk action on chosen points did: how many it changed, and each point it left as it was with why
 * ("Hội trường Trung tâm: hội trường luôn tham dự", "Điểm cầu xã A: còn 3 đại biểu").
 */
public record BulkResult(int changed, List<String> kept) {
}
