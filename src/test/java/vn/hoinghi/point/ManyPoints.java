package vn.hoinghi.point;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import vn.hoinghi.security.RunAs;

/**
 * A province's points sheet at commune scale, made up: the hall (the conference's own) and {@code remote} communes
 * spread over {@code clusters} former districts in turn, each with a technician and a phone. Imported as the
 * committee would.
 */
public final class ManyPoints {

    private static final String[] FIRST = {"An", "Tân", "Phú", "Hòa", "Vĩnh", "Bình", "Long", "Mỹ", "Thạnh", "Hưng",
            "Phước", "Thuận", "Đông", "Tây", "Nam", "Gia"};
    private static final String[] SECOND = {"Lợi", "Phú", "Hòa", "Thạnh", "Bình", "Xuân", "Hưng", "Lộc", "Thới",
            "Điền", "Hải", "Sơn", "Mỹ", "Khánh", "An", "Trung", "Quới"};
    private static final String[] CLUSTERS = {"Thành phố Mỹ Tho", "Thị xã Gò Công", "Thị xã Cai Lậy", "Huyện Cái Bè",
            "Huyện Cai Lậy", "Huyện Tân Phước", "Huyện Châu Thành", "Huyện Chợ Gạo", "Huyện Gò Công Tây",
            "Huyện Gò Công Đông", "Huyện Tân Phú Đông", "Thành phố Tân An", "Thị xã Kiến Tường", "Huyện Tân Hưng",
            "Huyện Vĩnh Hưng", "Huyện Mộc Hóa", "Huyện Tân Thạnh", "Huyện Thạnh Hóa", "Huyện Đức Huệ",
            "Huyện Đức Hòa", "Huyện Bến Lức", "Huyện Thủ Thừa", "Huyện Cần Đước", "Huyện Cần Giuộc"};

    private ManyPoints() {
    }

    /** The cluster of the {@code i}-th remote point (from 0). */
    public static String cluster(int i, int clusters) {
        return CLUSTERS[i % clusters];
    }

    /** The name of the {@code i}-th remote point (from 0): "Phường …" every fifth, "Xã …" otherwise. */
    public static String name(int i) {
        String first = FIRST[i % FIRST.length];
        String second = SECOND[(i / FIRST.length + i % FIRST.length) % SECOND.length];
        String words = first.equals(second) ? first + " " + (i + 1) : first + " " + second;
        return (i % 5 == 0 ? "Phường " : "Xã ") + words + (i >= FIRST.length * SECOND.length ? " " + i : "");
    }

    public static byte[] sheet(int remote, int clusters) {
        if (clusters > CLUSTERS.length) {
            throw new IllegalArgumentException("at most " + CLUSTERS.length + " clusters");
        }
        StringBuilder csv = new StringBuilder("STT,Tên điểm cầu,Cụm,Kỹ thuật viên,Điện thoại,Số đại biểu dự kiến\n");
        for (int i = 0; i < remote; i++) {
            csv.append(i + 1).append(',').append(name(i)).append(',').append(cluster(i, clusters))
                    .append(",Kỹ thuật viên ").append(i + 1).append(",09").append(String.format("%08d", 12_345_000 + i))
                    .append(',').append(20 + i % 21).append('\n');
        }
        return csv.toString().getBytes(UTF_8);
    }

    /** Imports the sheet into the conference as the committee; the points' names, in order. */
    public static List<String> load(PointImportService importer, RunAs runAs, long conference, int remote,
                                    int clusters) {
        byte[] sheet = sheet(remote, clusters);
        runAs.committee("bantochuc", () -> {
            importer.commit(conference, importer.preview(conference, "diem-cau-" + remote + ".csv", sheet));
            return null;
        });
        List<String> names = new ArrayList<>();
        for (int i = 0; i < remote; i++) {
            names.add(name(i));
        }
        return names;
    }
}
