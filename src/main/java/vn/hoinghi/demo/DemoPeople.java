package vn.hoinghi.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.delegate.Gender;

/**
 * Invented Vietnamese names, the same at every load: family, middle and given names taken in turn from fixed lists,
 * one woman in four, none given twice. No real person is meant.
 */
@StaysVietnamese("the demo's invented names")
final class DemoPeople {

    record Person(String fullName, Gender gender) {
    }

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Đinh", "Trương", "Mai", "Hà", "Lương", "Cao", "Thái", "Nguyễn", "Lê", "Trần");
    private static final List<String> MIDDLE_MEN = List.of("Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Thanh",
            "Công", "Ngọc", "Đình", "Viết", "Anh");
    private static final List<String> MIDDLE_WOMEN = List.of("Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Thị Thu",
            "Minh", "Thị Kim");
    private static final List<String> GIVEN_MEN = List.of("Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng",
            "Trung", "Phong", "Quân", "Hòa", "Bình", "Lâm", "Khánh", "Toàn", "Thành", "Hưng", "Lợi", "Tâm", "Vinh",
            "Cường", "Hiếu", "Nghĩa", "Phúc", "Đạt", "Tín", "Quý", "Chiến", "Lực", "Thịnh");
    private static final List<String> GIVEN_WOMEN = List.of("Hương", "Lan", "Hoa", "Mai", "Hằng", "Nga", "Thảo",
            "Trang", "Yến", "Linh", "Hà", "Phương", "Thủy", "Hạnh", "Loan", "Nhung", "Huyền", "Vân", "Oanh");

    private final Set<String> given = new HashSet<>();
    private int next;

    /** The next invented person of this sequence. */
    Person next() {
        while (true) {
            int i = next++;
            Gender gender = i % 4 == 2 ? Gender.FEMALE : Gender.MALE;
            List<String> middles = gender == Gender.FEMALE ? MIDDLE_WOMEN : MIDDLE_MEN;
            List<String> givens = gender == Gender.FEMALE ? GIVEN_WOMEN : GIVEN_MEN;
            String name = FAMILY.get(i * 7 % FAMILY.size()) + " " + middles.get((i / 3 + i) % middles.size()) + " "
                    + givens.get((i * 5 + i / givens.size()) % givens.size());
            if (given.add(name)) {
                return new Person(name, gender);
            }
        }
    }
}
