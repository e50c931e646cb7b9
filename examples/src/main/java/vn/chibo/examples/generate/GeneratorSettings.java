package vn.chibo.examples.generate;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What {@link NationalGenerator} makes.
 *
 * @param scale the share of the whole country, above 0 and at most {@value #MAX_SCALE}: 1 is about
 *     55,000 grassroots organisations and 6 million members, 0.001 about 55 and 6,000
 * @param seed the seed every choice comes from: the same seed and scale give the same records
 * @param meetingShare the share of cells whose meetings of {@value #MEETING_YEAR} are generated, 0
 *     to 1 (the first cell of the first grassroots organisation always has them)
 */
public record GeneratorSettings(double scale, long seed, double meetingShare) {
    /** The largest scale: twice the country. */
    public static final double MAX_SCALE = 2.0;

    /** The default share of cells with a year of meetings: 1 %. */
    public static final double DEFAULT_MEETING_SHARE = 0.01;

    /** The year whose meetings are generated. */
    public static final int MEETING_YEAR = 2024;

    /** The default seed. */
    public static final long DEFAULT_SEED = 20_250_701L;

    public GeneratorSettings {
        checkArgument(scale > 0 && scale <= MAX_SCALE, "scale must be above 0 and at most %s: %s", MAX_SCALE, scale);
        checkArgument(meetingShare >= 0 && meetingShare <= 1, "meetingShare must be 0 to 1: %s", meetingShare);
    }

    /** {@code scale} and {@code seed} with the default meeting share. */
    public static GeneratorSettings of(double scale, long seed) {
        return new GeneratorSettings(scale, seed, DEFAULT_MEETING_SHARE);
    }

    /** These settings with another meeting share. */
    public GeneratorSettings withMeetingShare(double share) {
        return new GeneratorSettings(scale, seed, share);
    }
}
