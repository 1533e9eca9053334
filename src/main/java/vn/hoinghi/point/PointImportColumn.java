package vn.hoinghi.point;

import java.util.List;
import vn.hoinghi.base.StaysVietnamese;

/** The columns of a points sheet, by the headers offices write. */
@StaysVietnamese("the headers of the points sheets users bring")
enum PointImportColumn {
    NUMBER("STT", "stt", "tt", "số tt", "số thứ tự"),
    NAME("Tên điểm cầu", "tên điểm cầu", "điểm cầu", "tên", "name"),
    HOST("Đơn vị chủ trì", "đơn vị chủ trì", "đơn vị", "chủ trì", "host"),
    ROOM("Địa điểm", "địa điểm", "phòng họp", "địa chỉ", "room", "address"),
    TECHNICIAN("Cán bộ kỹ thuật", "cán bộ kỹ thuật", "kỹ thuật", "kỹ thuật viên", "người phụ trách", "technician"),
    PHONE("Điện thoại", "điện thoại", "điện thoại kỹ thuật", "sđt", "số điện thoại", "đt", "phone"),
    EXPECTED("Số đại biểu dự kiến", "số đại biểu dự kiến", "số đại biểu", "số lượng", "dự kiến", "expected"),
    LINK("Đường dẫn phòng họp", "đường dẫn phòng họp", "đường dẫn họp", "đường dẫn", "link", "liên kết", "meeting link",
            "url"),
    CLUSTER("Cụm", "cụm", "cụm điểm cầu", "cụm xã", "khu vực", "huyện cũ", "địa bàn", "cluster"),
    KIND("Loại điểm cầu", "loại điểm cầu", "loại", "loại đơn vị", "cấp", "kind"),
    EMAIL("Thư điện tử kỹ thuật", "thư điện tử kỹ thuật", "email kỹ thuật", "thư điện tử", "email", "e-mail", "mail");

    final String label;
    final List<String> synonyms;

    PointImportColumn(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }
}
