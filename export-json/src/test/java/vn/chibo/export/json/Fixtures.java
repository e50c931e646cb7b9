package vn.chibo.export.json;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;

/** Chibos for tests: in-memory, one shared validator, a fixed clock. */
final class Fixtures {
    static final Actor ADMIN = Actor.wholeParty("json-test-admin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:04:05.123456789Z"), ZoneOffset.UTC);
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** Built once: building the central policies and the calendar is the costly part of a chibo. */
    static final vn.chibo.domain.rule.PolicyRegistry POLICIES = vn.chibo.domain.ChiboPolicies.central();

    static final vn.chibo.domain.rule.WorkingCalendar CALENDAR = vn.chibo.domain.rule.WorkingCalendar.vietnam();

    private Fixtures() {}

    /** A fresh, empty in-memory chibo. */
    static Chibo chibo() {
        return Chibo.builder()
                .clock(CLOCK)
                .validator(VALIDATOR)
                .policies(POLICIES)
                .calendar(CALENDAR)
                .build();
    }

    /** A fresh chibo holding {@code records}. */
    static Chibo holding(List<BulkRecord> records) {
        Chibo chibo = chibo();
        chibo.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none());
        return chibo;
    }

    /** The whole party's snapshot of {@code chibo}. */
    static byte[] export(Chibo chibo) {
        return export(chibo, BulkSelection.wholeParty(RandomRecords.AS_OF), PrivacyProfile.full());
    }

    static byte[] export(Chibo chibo, BulkSelection selection, PrivacyProfile privacy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChiboJson.exporter(chibo).privacy(privacy).export(ADMIN, selection, out);
        return out.toByteArray();
    }

    /** How many records {@code chibo} holds. */
    static long stored(Chibo chibo) {
        long[] count = {0};
        chibo.bulkReader().read(ADMIN, BulkSelection.wholeParty(RandomRecords.AS_OF), r -> count[0]++);
        return count[0];
    }

    static ImportReceipt importInto(Chibo chibo, byte[] document) {
        return ChiboJson.importer(chibo).importFrom(ADMIN, new ByteArrayInputStream(document));
    }
}
