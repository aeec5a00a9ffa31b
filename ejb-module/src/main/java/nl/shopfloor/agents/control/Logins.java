package nl.shopfloor.agents.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import nl.shopfloor.agents.entity.Agent;

/** Checks an agent's login (A5): throttled per account and client address, the same work for every refusal. */
@Stateless
public class Logins {

    /** What became of a login attempt. */
    public sealed interface Outcome {
    }

    public record LoggedIn(String username, String group) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    /** Not checked at all: a wait is in force for the account or the address. */
    public record MustWait(Duration retryAfter) implements Outcome {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    public Outcome logIn(String username, String password, String clientAddress) {
        Duration wait = throttle.waitFor(username, clientAddress);
        if (!wait.isZero()) {
            return new MustWait(wait);
        }
        Agent agent = username.length() > 40 ? null : em.find(Agent.class, username);
        // Unknown names go through the same PBKDF2 work, so timing does not tell which names exist.
        boolean valid = passwords.verify(password, agent == null ? null : agent.passwordHash());
        if (!valid || agent == null) {
            throttle.failed(username, clientAddress);
            return new Refused();
        }
        throttle.succeeded(username);
        return new LoggedIn(agent.username(), agent.role().groupName());
    }
}
