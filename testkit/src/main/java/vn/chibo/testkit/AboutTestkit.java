package vn.chibo.testkit;

/**
 * What chibo's testkit holds: the reusable architecture rules in {@link
 * vn.chibo.testkit.architecture.ChiboArchitectureRules}, and (to come) the abstract contract suites
 * for every port and the test-data builders that an integrator's tests extend.
 *
 * <p>This class has no members. It exists because javadoc fails on a package that has a {@code
 * package-info.java} but no class; remove it once this package has real API.
 */
public final class AboutTestkit {
    private AboutTestkit() {}
}
