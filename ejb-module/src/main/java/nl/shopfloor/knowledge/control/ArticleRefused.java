package nl.shopfloor.knowledge.control;

import jakarta.ejb.ApplicationException;

/** An article that cannot be stored as given (K2), or one that is not the shop's; nothing is stored. */
@ApplicationException(rollback = true)
public class ArticleRefused extends RuntimeException {

    public ArticleRefused(String message) {
        super(message, null, false, false);
    }
}
