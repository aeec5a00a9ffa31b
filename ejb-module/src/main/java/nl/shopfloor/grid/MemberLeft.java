package nl.shopfloor.grid;

/** An instance left the cluster (stopped, crashed or cut off): what it held for the cluster is given back. */
public record MemberLeft(String memberId) {
}
