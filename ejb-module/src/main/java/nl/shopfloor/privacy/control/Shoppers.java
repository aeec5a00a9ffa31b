package nl.shopfloor.privacy.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.shopfloor.Ids;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.ShopperContext;
import nl.shopfloor.chat.entity.Survey;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.entity.Customer;
import nl.shopfloor.commerce.entity.ShopOrder;
import nl.shopfloor.invites.entity.InviteExposure;
import nl.shopfloor.offline.entity.ContactMessage;
import nl.shopfloor.privacy.entity.PrivacyAudit;
import nl.shopfloor.routing.control.AgentTopic;
import nl.shopfloor.routing.control.OutcomesChanged;

/** Finds, exports and erases what Shopfloor holds about one shopper of a shop (P1–P3). */
@Stateless
public class Shoppers {

    /** Ids per IN list. */
    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutcomesChanged> outcomes;

    public ShopperData export(String shopId, Subject subject, String actor) {
        Found found = find(shopId, subject);
        Map<String, List<ChatMessage>> messages = new LinkedHashMap<>();
        for (Conversation conversation : found.conversations) {
            messages.put(conversation.id(), em.createNamedQuery(ChatMessage.findAfterSeq, ChatMessage.class)
                    .setParameter("conversation", conversation).setParameter("seq", 0).getResultList());
        }
        ShopperData data = new ShopperData(found.visitors, found.conversations, messages,
                inChunks(found.conversationIds(), ids -> em.createQuery("select s from Survey s where s.conversationId in :ids", Survey.class)
                        .setParameter("ids", ids).getResultList()),
                found.contacts, found.customers, found.orders,
                inChunks(found.conversationIds(), ids -> em.createQuery("select s from ShopperContext s where s.conversationId in :ids",
                        ShopperContext.class).setParameter("ids", ids).getResultList()).stream()
                        .collect(Collectors.toMap(ShopperContext::conversationId, context -> context)),
                inChunks(found.visitors.stream().map(Visitor::id).toList(), ids -> em.createQuery(
                        "select e from InviteExposure e where e.shopId = :shop and e.visitorId in :ids order by e.offeredAt", InviteExposure.class)
                        .setParameter("shop", shopId).setParameter("ids", ids).getResultList()));
        audit(shopId, "EXPORT", subject, actor, found.summary());
        return data;
    }

    /** How much there is, for a look before an export or erasure; not audited, since it shows no personal data. */
    public Holdings preview(String shopId, Subject subject) {
        Found found = find(shopId, subject);
        List<String> conversations = found.conversationIds();
        return new Holdings(found.visitors.size(), conversations.size(),
                count(conversations, "select count(m) from ChatMessage m where m.conversation.id in :ids"),
                found.contacts.size(),
                count(conversations, "select count(s) from Survey s where s.conversationId in :ids"),
                found.customers.size(), found.orders.size());
    }

    /** Deletes it all in this transaction; orders only lose their link to the shopper (P2). Returns what was found. */
    public String erase(String shopId, Subject subject, String actor) {
        Found found = find(shopId, subject);
        List<String> conversations = found.conversationIds();
        List<String> contacts = found.contacts.stream().map(ContactMessage::id).toList();
        List<String> orders = found.orders.stream().map(ShopOrder::ref).toList();
        bulk(contacts, "delete from OutboxMail m where m.contactMessageId in :ids");
        // webhook payloads hold the shopper's words too (webhooks W8)
        bulk(contacts, "delete from WebhookDelivery d where d.contactMessageId in :ids");
        bulk(conversations, "delete from WebhookDelivery d where d.conversationId in :ids");
        bulk(found.visitors.stream().map(Visitor::id).toList(), "delete from WebhookDelivery d where d.visitorId in :ids");
        bulk(contacts, "delete from ContactMessage m where m.id in :ids");
        bulk(conversations, "delete from Survey s where s.conversationId in :ids");
        bulk(conversations, "delete from ShopperContext s where s.conversationId in :ids");
        bulk(conversations, "delete from ChatMessage m where m.conversation.id in :ids");
        bulk(conversations, "delete from Conversation c where c.id in :ids");
        bulk(found.visitors.stream().map(Visitor::id).toList(), "delete from InviteExposure e where e.visitorId in :ids");
        bulk(found.visitors.stream().map(Visitor::id).toList(), "delete from Visitor v where v.id in :ids");
        for (int at = 0; at < orders.size(); at += CHUNK) {
            em.createQuery("update ShopOrder o set o.visitorId = null, o.customerRef = null where o.shopId = :shop and o.ref in :ids")
                    .setParameter("shop", shopId).setParameter("ids", orders.subList(at, Math.min(orders.size(), at + CHUNK))).executeUpdate();
        }
        bulk(found.customers.stream().map(Customer::id).toList(), "delete from Customer c where c.id in :ids");
        // Their ratings and the orders credited to their chats no longer count for the agents (routing R5).
        outcomes.fire(new OutcomesChanged(found.conversations.stream().filter(c -> c.agentUsername() != null)
                .map(c -> new AgentTopic(c.agentUsername(), c.topic())).collect(Collectors.toSet())));
        String summary = found.summary();
        audit(shopId, "ERASE", subject, actor, summary);
        return summary;
    }

    private Found find(String shopId, Subject subject) {
        Set<String> visitorIds = new LinkedHashSet<>();
        Set<String> customerRefs = new LinkedHashSet<>();
        String value = subject.value();
        switch (subject.kind()) {
            case VISITOR -> visitorIds.add(value);
            case CUSTOMER -> customerRefs.add(value);
            case EMAIL -> {
                visitorIds.addAll(strings("select v.id from Visitor v where v.shopId = :shop and lower(v.email) = :value", shopId, value));
                visitorIds.addAll(strings("select c.visitorId from Conversation c where c.shopId = :shop and lower(c.visitorEmail) = :value",
                        shopId, value));
                visitorIds.addAll(strings("select m.visitorId from ContactMessage m where m.shopId = :shop and lower(m.email) = :value"
                        + " and m.visitorId is not null", shopId, value));
                customerRefs.addAll(strings("select c.ref from Customer c where c.shopId = :shop and lower(c.email) = :value", shopId, value));
            }
        }
        // the shopper's other devices: visitors linked to one of their customer records
        visitorIds.addAll(inChunks(List.copyOf(customerRefs), refs -> em.createQuery(
                "select v.id from Visitor v where v.shopId = :shop and v.customerRef in :ids", String.class).setParameter("shop", shopId)
                .setParameter("ids", refs).getResultList()));
        List<Visitor> visitors = inChunks(List.copyOf(visitorIds), ids -> em.createQuery(
                "select v from Visitor v where v.shopId = :shop and v.id in :ids", Visitor.class).setParameter("shop", shopId)
                .setParameter("ids", ids).getResultList());
        visitors.stream().map(Visitor::customerRef).filter(java.util.Objects::nonNull).forEach(customerRefs::add);
        List<String> known = visitors.stream().map(Visitor::id).toList();
        List<Conversation> conversations = inChunks(known, ids -> em.createQuery(
                "select c from Conversation c where c.shopId = :shop and c.visitorId in :ids order by c.startedAt", Conversation.class)
                .setParameter("shop", shopId).setParameter("ids", ids).getResultList());
        List<ContactMessage> contacts = new ArrayList<>(inChunks(known, ids -> em.createQuery(
                "select m from ContactMessage m where m.shopId = :shop and m.visitorId in :ids", ContactMessage.class)
                .setParameter("shop", shopId).setParameter("ids", ids).getResultList()));
        if (subject.kind() == Subject.Kind.EMAIL) {
            em.createQuery("select m from ContactMessage m where m.shopId = :shop and lower(m.email) = :value", ContactMessage.class)
                    .setParameter("shop", shopId).setParameter("value", value).getResultList().stream()
                    .filter(m -> contacts.stream().noneMatch(c -> c.id().equals(m.id()))).forEach(contacts::add);
        }
        List<Customer> customers = inChunks(List.copyOf(customerRefs), refs -> em.createQuery(
                "select c from Customer c where c.shopId = :shop and c.ref in :ids", Customer.class).setParameter("shop", shopId)
                .setParameter("ids", refs).getResultList());
        Set<String> orderRefs = new LinkedHashSet<>();
        List<ShopOrder> orders = new ArrayList<>();
        inChunks(known, ids -> em.createQuery("select o from ShopOrder o where o.shopId = :shop and o.visitorId in :ids", ShopOrder.class)
                .setParameter("shop", shopId).setParameter("ids", ids).getResultList()).forEach(o -> { if (orderRefs.add(o.ref())) orders.add(o); });
        inChunks(List.copyOf(customerRefs), ids -> em.createQuery("select o from ShopOrder o where o.shopId = :shop and o.customerRef in :ids",
                ShopOrder.class).setParameter("shop", shopId).setParameter("ids", ids).getResultList())
                .forEach(o -> { if (orderRefs.add(o.ref())) orders.add(o); });
        return new Found(visitors, conversations, contacts, customers, orders);
    }

    private record Found(List<Visitor> visitors, List<Conversation> conversations, List<ContactMessage> contacts,
                         List<Customer> customers, List<ShopOrder> orders) {

        List<String> conversationIds() {
            return conversations.stream().map(Conversation::id).toList();
        }

        String summary() {
            return visitors.size() + " visitors, " + conversations.size() + " conversations, " + contacts.size() + " contact messages, "
                    + customers.size() + " customers, " + orders.size() + " orders";
        }
    }

    private List<String> strings(String jpql, String shopId, String value) {
        return em.createQuery(jpql, String.class).setParameter("shop", shopId).setParameter("value", value).getResultList();
    }

    private <T> List<T> inChunks(List<String> ids, Function<List<String>, List<T>> query) {
        List<T> all = new ArrayList<>();
        for (int at = 0; at < ids.size(); at += CHUNK) {
            all.addAll(query.apply(ids.subList(at, Math.min(ids.size(), at + CHUNK))));
        }
        return all;
    }

    private long count(List<String> ids, String jpql) {
        return inChunks(ids, chunk -> em.createQuery(jpql, Long.class).setParameter("ids", chunk).getResultList())
                .stream().mapToLong(Long::longValue).sum();
    }

    private void bulk(List<String> ids, String jpql) {
        for (int at = 0; at < ids.size(); at += CHUNK) {
            em.createQuery(jpql).setParameter("ids", ids.subList(at, Math.min(ids.size(), at + CHUNK))).executeUpdate();
        }
    }

    private void audit(String shopId, String action, Subject subject, String actor, String summary) {
        em.persist(new PrivacyAudit(Ids.random(), shopId, action, subject.kind().name(), subject.hash(), actor, summary,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }
}
