package nl.shopfloor.grid;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real Hazelcast members in the test JVM, found by TCP/IP on 127.0.0.1 only (never multicast), as Payara Micro's
 * instances find each other in scripts/cluster.sh.
 */
public final class GridMembers implements AutoCloseable {

    private final List<HazelcastInstance> members = new ArrayList<>();

    private GridMembers() {
    }

    public static GridMembers start(int count) throws IOException {
        String cluster = "shopfloor-test-" + UUID.randomUUID();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(freePort());
        }
        GridMembers grid = new GridMembers();
        for (int port : ports) {
            Config config = new Config().setClusterName(cluster);
            config.setProperty("hazelcast.logging.type", "none");
            config.setProperty("hazelcast.socket.bind.any", "false");
            config.setProperty("hazelcast.phone.home.enabled", "false");
            config.getJetConfig().setEnabled(false);
            NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
            network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
            JoinConfig join = network.getJoin();
            join.getMulticastConfig().setEnabled(false);
            join.getAutoDetectionConfig().setEnabled(false);
            join.getTcpIpConfig().setEnabled(true);
            ports.forEach(member -> join.getTcpIpConfig().addMember("127.0.0.1:" + member));
            grid.members.add(Hazelcast.newHazelcastInstance(config));
        }
        return grid;
    }

    /** A DataGrid of member {@code index}, as the application's would be on that instance. */
    public DataGrid dataGrid(int index) {
        DataGrid dataGrid = new DataGrid();
        dataGrid.connect(members.get(index));
        return dataGrid;
    }

    /** Like kill -9 of that instance: no goodbye to the others. */
    public void crash(int index) {
        members.get(index).getLifecycleService().terminate();
    }

    @Override
    public void close() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
