package nl.shopfloor.kpi.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.kpi.entity.WallSnapshot;

/** The open wall streams, one broadcaster per shop, with a keep-alive comment so proxies and screens keep the connection. */
@ApplicationScoped
public class WallStreams {

    static final long KEEP_ALIVE_SECONDS = 20;
    static final long RECONNECT_MILLIS = 3_000;

    private final ConcurrentMap<String, Shop> shops = new ConcurrentHashMap<>();
    private volatile Sse sse;
    private volatile ScheduledFuture<?> keepAlive;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private record Shop(SseBroadcaster broadcaster, Set<SseEventSink> sinks) {
    }

    /** Sends the snapshot to the new stream first, then adds it to its shop's broadcasts. */
    void open(String shopId, SseEventSink sink, Sse sse, WallSnapshot first) {
        this.sse = sse;
        sink.send(snapshotEvent(first));
        Shop shop = shops.computeIfAbsent(shopId, id -> newShop(sse));
        shop.sinks().add(sink);
        shop.broadcaster().register(sink);
        startKeepAlive();
    }

    boolean isWatched(String shopId) {
        Shop shop = shops.get(shopId);
        if (shop == null) {
            return false;
        }
        shop.sinks().removeIf(SseEventSink::isClosed);
        return !shop.sinks().isEmpty();
    }

    void broadcast(WallSnapshot snapshot) {
        Shop shop = shops.get(snapshot.shopId());
        if (shop != null) {
            shop.broadcaster().broadcast(snapshotEvent(snapshot));
        }
    }

    private Shop newShop(Sse sse) {
        Shop shop = new Shop(sse.newBroadcaster(), ConcurrentHashMap.newKeySet());
        shop.broadcaster().onClose(sink -> shop.sinks().remove(sink));
        shop.broadcaster().onError((sink, error) -> {
            shop.sinks().remove(sink);
            sink.close();
        });
        return shop;
    }

    private OutboundSseEvent snapshotEvent(WallSnapshot snapshot) {
        return sse.newEventBuilder().name("snapshot").reconnectDelay(RECONNECT_MILLIS)
                .data(String.class, WallJson.of(snapshot).toString()).build();
    }

    private synchronized void startKeepAlive() {
        if (keepAlive == null) {
            keepAlive = scheduler.scheduleAtFixedRate(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void keepAlive() {
        OutboundSseEvent comment = sse.newEventBuilder().comment("keep-alive").build();
        shops.values().forEach(shop -> shop.broadcaster().broadcast(comment));
    }

    @PreDestroy
    void closeAll() {
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        shops.values().forEach(shop -> shop.broadcaster().close());
    }
}
