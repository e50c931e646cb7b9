package vn.chibo.export.json;

/**
 * How values are written: the privacy profile in force.
 *
 * @param privacy what is kept of personal data
 */
record Writing(PrivacyProfile privacy) {
    /** Everything, as a backup keeps it. */
    static final Writing FULL = new Writing(PrivacyProfile.full());

    /** Whether personal data is left out. */
    boolean masked() {
        return privacy.isMasked();
    }
}
