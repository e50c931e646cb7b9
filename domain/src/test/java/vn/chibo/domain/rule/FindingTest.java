package vn.chibo.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;

/** A finding's texts, given or built on first use: the same finding either way. */
class FindingTest {
    private static final EvaluationRegime QD366 = EvaluationRegimes.qd366hd43();
    private static final String SUBJECT = "Nguyễn Văn A [3f2a6c1e-0000-4000-8000-000000000005] 2025";
    private static final Label MESSAGE = Label.of(
            "89,9 điểm, 29,9 % vượt, 0 % chậm: HTTNV; đề xuất HTXSNV; xếp loại HTTNV.",
            "89.9 points, 29.9% exceeded, 0% late: HTTNV; proposed HTXSNV; rated HTTNV.");

    private static Finding eager() {
        return Finding.of(
                EvaluationRegime.SCORE,
                Severity.WARNING,
                SUBJECT,
                MESSAGE,
                QD366.sourceOf(EvaluationRegime.SCORE),
                QD366);
    }

    private static Finding lazy(AtomicInteger subjects, AtomicInteger messages) {
        return Finding.lazy(
                EvaluationRegime.SCORE,
                Severity.WARNING,
                () -> {
                    subjects.incrementAndGet();
                    return "Nguyễn Văn A [3f2a6c1e-0000-4000-8000-000000000005] " + 2025;
                },
                () -> {
                    messages.incrementAndGet();
                    return Label.of(MESSAGE.vi(), MESSAGE.en());
                },
                QD366.sourceOf(EvaluationRegime.SCORE),
                QD366);
    }

    @Test
    void aLazyFindingShowsTheSameTextsAndEqualsTheFindingMadeFromThem() {
        Finding lazy = lazy(new AtomicInteger(), new AtomicInteger());
        Finding eager = eager();

        assertThat(lazy.subject()).isEqualTo(SUBJECT);
        assertThat(lazy.message()).isEqualTo(MESSAGE);
        assertThat(lazy.message(Locale.ENGLISH)).isEqualTo(MESSAGE.en());
        assertThat(lazy.message(Label.VIETNAMESE)).isEqualTo(MESSAGE.vi());
        assertThat(lazy.toString()).isEqualTo(eager.toString());
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy.producedBy()).contains(PolicyRef.of(QD366));
    }

    @Test
    void aLazyFindingBuildsItsTextsOnceAndOnlyWhenFirstUsed() {
        AtomicInteger subjects = new AtomicInteger();
        AtomicInteger messages = new AtomicInteger();

        Finding lazy = lazy(subjects, messages);

        assertThat(lazy.code()).isEqualTo(EvaluationRegime.SCORE);
        assertThat(lazy.severity()).isEqualTo(Severity.WARNING);
        assertThat(lazy.policy()).isEqualTo(PolicyRef.of(QD366));
        assertThat(subjects).hasValue(0);
        assertThat(messages).hasValue(0);
        assertThat(lazy.message()).isEqualTo(MESSAGE);
        assertThat(lazy.subject()).isEqualTo(SUBJECT);
        assertThat(lazy.toString()).contains(SUBJECT, MESSAGE.en());
        assertThat(lazy.hashCode()).isEqualTo(eager().hashCode());
        assertThat(subjects).hasValue(1);
        assertThat(messages).hasValue(1);
    }

    @Test
    void aLazyFindingWithAnotherTextIsAnotherFinding() {
        Finding other = Finding.lazy(
                EvaluationRegime.SCORE,
                Severity.WARNING,
                () -> SUBJECT,
                () -> Label.of(MESSAGE.vi(), "89.9 points"),
                QD366.sourceOf(EvaluationRegime.SCORE),
                QD366);

        assertThat(other).isNotEqualTo(eager());
        assertThat(other.message().en()).isNotEqualTo(eager().message().en());
    }

    @Test
    @SuppressWarnings("NullAway") // a supplier giving null is what is refused
    void aSupplierGivingNoTextIsRefusedWhenTheTextIsFirstUsed() {
        Finding broken = Finding.lazy(
                EvaluationRegime.SCORE,
                Severity.INFO,
                () -> SUBJECT,
                () -> null,
                QD366.sourceOf(EvaluationRegime.SCORE),
                QD366);

        assertThatNullPointerException().isThrownBy(broken::message).withMessage("message");
    }
}
