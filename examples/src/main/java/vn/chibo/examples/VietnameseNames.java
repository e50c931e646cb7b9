package vn.chibo.examples;

import java.util.List;
import java.util.Random;
import vn.chibo.domain.member.Sex;

/**
 * Illustrative Vietnamese full names for the generated people of the Phường 5 scenario and of the
 * national generator ({@code vn.chibo.examples.generate}): a common
 * family name (weighted roughly by how often it occurs), a middle name by sex and a given name by
 * sex, all with their diacritics. The names are made up; any likeness to a real person is chance.
 *
 * <p>Not thread-safe: it draws from the {@link Random} it is given.
 */
public final class VietnameseNames {
    /** Family names, the common ones repeated so that they come up more often. */
    private static final List<String> FAMILY = List.of(
            "Nguyễn",
            "Nguyễn",
            "Nguyễn",
            "Nguyễn",
            "Nguyễn",
            "Nguyễn",
            "Nguyễn",
            "Nguyễn",
            "Trần",
            "Trần",
            "Trần",
            "Lê",
            "Lê",
            "Lê",
            "Lê",
            "Phạm",
            "Phạm",
            "Hoàng",
            "Hoàng",
            "Huỳnh",
            "Phan",
            "Phan",
            "Võ",
            "Võ",
            "Vũ",
            "Đặng",
            "Bùi",
            "Đỗ",
            "Hồ",
            "Hồ",
            "Ngô",
            "Dương",
            "Lý",
            "Mai",
            "Trương",
            "Đinh",
            "Lương",
            "Đoàn",
            "Cao",
            "Hà",
            "Châu",
            "Tôn Thất");

    private static final List<String> MALE_MIDDLE = List.of(
            "Văn", "Văn", "Văn", "Văn", "Hữu", "Đức", "Quang", "Minh", "Công", "Thanh", "Xuân", "Ngọc", "Anh", "Đình",
            "Duy", "Trọng", "Quốc");

    private static final List<String> FEMALE_MIDDLE = List.of(
            "Thị", "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích", "Thùy", "Minh", "Hồng",
            "Phương");

    private static final List<String> MALE_GIVEN = List.of(
            "Hùng", "Dũng", "Tuấn", "Hải", "Sơn", "Nam", "Long", "Bình", "Cường", "Phong", "Quân", "Tâm", "Thắng",
            "Toàn", "Trung", "Vinh", "Hòa", "Khánh", "Lâm", "Lợi", "Minh", "Nghĩa", "Phúc", "Quý", "Tài", "Thành",
            "Thịnh", "Tiến", "Tú", "Việt", "Hiếu", "Đạt", "Huy", "Kiên", "Lộc", "Mạnh", "Nhân", "Phát", "Quang", "Sang",
            "Thái", "Thông", "Trí", "Vũ", "Ánh", "Chiến", "Định", "Đông", "Hạnh", "Lực");

    private static final List<String> FEMALE_GIVEN = List.of(
            "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Thảo", "Thủy", "Trang", "Vân",
            "Yến", "Hà", "Hạnh", "Hiền", "Hồng", "Huyền", "Loan", "Lý", "Nhàn", "Oanh", "Tâm", "Thu", "Tuyết", "Xuân",
            "Hằng", "Dung", "Liên", "Quyên", "Diệu", "Giang", "Khuê", "Lệ", "Ngân", "Quỳnh", "Sương", "Thắm", "Uyên");

    private final Random random;

    /** Names drawn from {@code random}. */
    public VietnameseNames(Random random) {
        this.random = random;
    }

    /** A full name for a person of {@code sex}, e.g. {@code Nguyễn Thị Hoa}. */
    public String next(Sex sex) {
        boolean male = sex == Sex.MALE;
        return pick(FAMILY) + " " + pick(male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                + pick(male ? MALE_GIVEN : FEMALE_GIVEN);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
