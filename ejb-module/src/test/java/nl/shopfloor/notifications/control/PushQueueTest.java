package nl.shopfloor.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PushQueueTest {

    @Test
    void aFullQueueDropsAndCountsInsteadOfWaitingOrThrowing() throws Exception {
        PushQueue queue = new PushQueue(1, 2, Executors.defaultThreadFactory(), Clock.systemUTC());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);
        try {
            assertThat(queue.offer(() -> {
                running.countDown();
                await(release);
                done.countDown();
            })).isTrue();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(queue.offer(done::countDown)).as("N6 queued").isTrue();
            assertThat(queue.offer(done::countDown)).as("N6 queued").isTrue();
            assertThat(queue.offer(done::countDown)).as("N6 full: dropped at once").isFalse();
            assertThat(queue.offer(done::countDown)).isFalse();
            assertThat(queue.dropped()).as("N6 counted").isEqualTo(2);
            release.countDown();
            assertThat(done.await(10, TimeUnit.SECONDS)).as("what was queued still runs").isTrue();
        } finally {
            release.countDown();
            queue.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
