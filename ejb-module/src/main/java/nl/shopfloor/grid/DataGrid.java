package nl.shopfloor.grid;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid when this instance runs in a cluster ({@code SHOPFLOOR_DATA_GRID=true}), else nothing: then
 * this instance is the whole cluster and every cluster-wide question has a local answer. It answers three:
 * where shared state lives ({@link #map}), who runs the cluster's timers ({@link #isLead}: the oldest member,
 * so the duty moves by itself when that member leaves) and how the other instances hear of something
 * ({@link #tellOthers}: fired there as a CDI event of the notice's own type). What the grid reports is handed to
 * one managed thread of this application, in order, through a bounded queue: a full queue drops the notice
 * (counted and logged), as a slow socket's frames are dropped — the grid's own threads never wait for us.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";
    static final String NOTICES = "shopfloor.notices";
    private static final String WITHOUT_GRID = "this-instance";
    static final int DELIVERY_QUEUE = 20_000;

    private HazelcastInstance hazelcast;
    private ITopic<Serializable> notices;
    private ThreadPoolExecutor deliveries;
    private final AtomicLong dropped = new AtomicLong();

    @Inject
    Event<Object> localEvents;
    @Inject
    Event<MemberLeft> memberLeft;
    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void connect() {
        HazelcastInstance instance;
        try {
            instance = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException e) {
            LOG.info("No data grid: this instance keeps capacity, presence and pushes to itself");
            return;
        }
        connect(instance);
    }

    @PreDestroy
    void stopDeliveries() {
        if (deliveries != null) {
            deliveries.shutdownNow();
        }
    }

    /** Joins the member's grid; package-private for tests that run members of their own. */
    void connect(HazelcastInstance instance) {
        deliveries = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(DELIVERY_QUEUE),
                threads != null ? threads : DataGrid::daemon);
        // Created now, on a thread of this application, so it carries the application's context.
        deliveries.prestartAllCoreThreads();
        hazelcast = instance;
        notices = instance.getTopic(NOTICES);
        notices.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                Serializable notice = message.getMessageObject();
                deliver(() -> localEvents.fire(notice), notice.getClass().getSimpleName());
            }
        });
        instance.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                LOG.info("Member joined the cluster: " + event.getMember() + "; members now " + event.getMembers().size());
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                LOG.warning("Member left the cluster: " + event.getMember() + "; members now " + event.getMembers().size()
                        + (isLead() ? "; this instance leads" : ""));
                MemberLeft left = new MemberLeft(event.getMember().getUuid().toString());
                deliver(() -> memberLeft.fire(left), "member left");
            }
        });
        LOG.info("Data grid joined as member " + memberId() + " of " + instance.getCluster().getMembers().size());
    }

    private void deliver(Runnable delivery, String what) {
        try {
            deliveries.execute(() -> {
                try {
                    delivery.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Handling " + what + " from the grid failed", e);
                }
            });
        } catch (RejectedExecutionException full) {
            long total = dropped.incrementAndGet();
            if (total == 1 || total % 1_000 == 0) {
                LOG.warning("Grid deliveries queue full (" + DELIVERY_QUEUE + "): " + what + " dropped; " + total + " dropped so far");
            }
        }
    }

    /** Outside the container (tests): a daemon thread of our own. */
    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "shopfloor-grid-deliveries");
        thread.setDaemon(true);
        return thread;
    }

    public boolean isClustered() {
        return hazelcast != null;
    }

    /** How many instances the grid has now, this one included (1 without a grid). */
    public int members() {
        if (hazelcast == null) {
            return 1;
        }
        try {
            return hazelcast.getCluster().getMembers().size();
        } catch (HazelcastInstanceNotActiveException stopping) {
            return 0;
        }
    }

    /** This instance's id in the grid (stable while it runs). */
    public String memberId() {
        return hazelcast == null ? WITHOUT_GRID : hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    /** Whether this instance runs the cluster's timers now: the oldest member, or the only instance. */
    public boolean isLead() {
        if (hazelcast == null) {
            return true;
        }
        try {
            Iterator<Member> members = hazelcast.getCluster().getMembers().iterator();
            return members.hasNext() && members.next().localMember();
        } catch (HazelcastInstanceNotActiveException stopping) {
            return false;
        }
    }

    public <K, V> GridMap<K, V> map(String name) {
        return hazelcast == null ? GridMap.inMemory() : GridMap.of(hazelcast.getMap(name));
    }

    /**
     * Fired as a CDI event on every other instance; nothing without a grid. Never throws: a push that cannot
     * reach the others is logged and lost, as a push to a closed socket would be.
     */
    public void tellOthers(Serializable notice) {
        if (notices == null) {
            return;
        }
        try {
            notices.publish(notice);
        } catch (RuntimeException e) {
            LOG.warning("Could not tell the other instances " + notice.getClass().getSimpleName() + ": " + e);
        }
    }
}
