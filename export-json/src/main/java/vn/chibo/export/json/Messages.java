package vn.chibo.export.json;

/** The Vietnamese of the JSON kinds messages name. */
final class Messages {
    private Messages() {}

    /** {@code "an object"} in Vietnamese, and so on; other text unchanged. */
    static String vi(String kind) {
        switch (kind) {
            case "an object":
                return "một đối tượng";
            case "an array":
                return "một mảng";
            case "a string":
                return "một chuỗi";
            case "an integer":
                return "một số nguyên";
            case "a decimal number":
                return "một số thập phân";
            case "a number":
                return "một số";
            case "a boolean":
                return "true hoặc false";
            case "null":
                return "null";
            default:
                return kind;
        }
    }
}
