package nl.shopfloor.commerce.entity;

/** What an API key may do: read only, or also write (which includes reading). */
public enum KeyScope {
    READ, WRITE;

    public boolean allows(KeyScope needed) {
        return this == WRITE || needed == READ;
    }
}
