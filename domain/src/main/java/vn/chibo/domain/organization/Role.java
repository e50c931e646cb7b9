package vn.chibo.domain.organization;

import vn.chibo.domain.common.Label;

/** A role a member holds in an organisation: a committee role, or a role in a party group. */
public sealed interface Role permits CommitteeRole, PartyGroupRole {
    /** The label shown to people. */
    Label label();

    /** The stable code, the enum constant's name. */
    String name();
}
