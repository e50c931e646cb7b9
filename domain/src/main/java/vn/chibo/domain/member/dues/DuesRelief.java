package vn.chibo.domain.member.dues;

import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Masking;

/**
 * Why a month's dues were lowered: an exemption on a statutory ground, or a hardship decision. Both
 * are sensitive facts; {@code toString} masks them.
 */
public sealed interface DuesRelief {
    /** By how much the dues were reduced, in percent: 100 for an exemption. */
    int reductionPercent();

    /** What it is, for people. */
    Label label();

    /**
     * Exempted on a statutory ground.
     *
     * @param ground the ground
     */
    record Exemption(ExemptionGround ground) implements DuesRelief {
        public Exemption {
            Objects.requireNonNull(ground, "ground");
        }

        @Override
        public int reductionPercent() {
            return HardshipDecision.EXEMPTION;
        }

        @Override
        public Label label() {
            return Label.of(
                    "Miễn đóng đảng phí: " + ground.label().vi(),
                    "Exempted from dues: " + ground.label().en());
        }

        @Override
        public String toString() {
            return "Exemption[" + Masking.mask(ground) + "]";
        }
    }

    /**
     * Exempted or reduced by a hardship decision.
     *
     * @param decision the decision
     */
    record Hardship(HardshipDecision decision) implements DuesRelief {
        public Hardship {
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public int reductionPercent() {
            return decision.reductionPercent();
        }

        @Override
        public Label label() {
            return decision.exempts()
                    ? Label.of("Miễn đóng đảng phí do hoàn cảnh khó khăn", "Exempted from dues for hardship")
                    : Label.of(
                            "Giảm " + decision.reductionPercent() + "% đảng phí do hoàn cảnh khó khăn",
                            "Dues reduced by " + decision.reductionPercent() + "% for hardship");
        }

        @Override
        public String toString() {
            return "Hardship[" + decision + "]";
        }
    }
}
