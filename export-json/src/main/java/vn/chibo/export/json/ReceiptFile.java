package vn.chibo.export.json;

/**
 * An import receipt as written: {@code {"format": "chibo-import-receipt", "version": 1, "receipt": …}}.
 *
 * @param format {@code chibo-import-receipt}
 * @param version the format version
 * @param receipt the receipt
 */
record ReceiptFile(String format, int version, ImportReceipt receipt) {}
