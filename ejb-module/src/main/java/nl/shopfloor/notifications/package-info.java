/**
 * Notifications: what reaches an agent when the dashboard is in the background, the phone is locked or the browser
 * closed — through the Notifications API while the dashboard is open ({@code notifications.js}) and through standard
 * Web Push (RFC 8030, VAPID RFC 8292, aes128gcm RFC 8291) to the service worker when it is not.
 *
 * <p>Boundary (web-module {@code notifications.boundary}): {@code NotificationsResource} under
 * {@code /api/notifications} (the public VAPID key, the browser's subscription, the agent's choices),
 * {@code DeviceCookie} (which browser, N12) and {@code AppFiles} (manifest, service worker, icons). Control:
 * {@code AgentNotifications} (which events notify whom), {@code PushSender} with {@code PushQueue} (sending),
 * {@code PushSubscriptions} with {@code SubscriptionRules}, {@code NotificationChoices}, {@code VapidKeys},
 * {@code Notification} (the payload).
 *
 * <p>Decisions:
 * <ul>
 * <li>N1 Kinds: {@code new_chat} (a chat assigned to me: started, re-routed, transferred, taken over), {@code message}
 * (a shopper's message in one of my chats), {@code waiting} (my chat waits too long for a first answer, once per chat)
 * and {@code take_over} (a colleague's chat waits too long: the take-over offer, to the shop's online agents, once per
 * chat). Only committed events (AFTER_SUCCESS).</li>
 * <li>N2 Each agent chooses the kinds and whether a new chat plays a tone (stored per agent, {@code notification_choice};
 * no row: everything, with sound). The choice counts for push and for the open dashboard.</li>
 * <li>N3 A subscription is checked before the server will ever call it: an https endpoint of at most 1,000 characters
 * (plain http only to 127.0.0.1/localhost, only with {@code shopfloor.notifications.allow-local-http}, for tests and the
 * demo), a P-256 key on the curve and a 16-byte auth secret; at most 5 per agent, a sixth drops the oldest; the same
 * endpoint again replaces the old row (whoever subscribed in that browser last gets its notifications).</li>
 * <li>N4 The VAPID key pair is made on first use and kept in the database ({@code vapid_key}, V27): every subscription
 * is bound to it, so it must survive restarts and be the same on every instance. Encryption and the VAPID token come
 * from {@code com.interaso:webpush} (JDK crypto, one dependency: kotlin-stdlib); {@code nl.martijndwars:web-push}
 * 5.1.1 also resolves, but has had no release since 2021 and pulls an HTTP client stack (Netty) and jose4j 0.7.</li>
 * <li>N5 The payload is minimal: kind, chat id, a title and a fixed line in the agent's dashboard language (their
 * choice, else the browser's language when it subscribed, else English), and a tag. No shopper-typed text at all: it
 * would cross the browser vendor's push service and show on a locked screen. The notification opens
 * {@code /dashboard/?chat=<id>}.</li>
 * <li>N6 Sending never blocks or fails the business operation: the observer only queues; 4 threads and a queue of 2,000;
 * full: dropped, counted, one log line (then at most one a minute); 5 s to connect, 10 s for the answer, TTL 300 s,
 * urgency high, no retries (a late chat alert is worthless; the push service holds it for an offline phone).</li>
 * <li>N7 A 404 or 410 from the push service deletes that subscription (RFC 8030 7.3); other refusals are counted and
 * logged.</li>
 * <li>N8 No duplicates: the server always pushes (it cannot tell a locked phone's half-open socket from a live one); the
 * page and the service worker show a notification with the same tag ({@code kind:chat}), so a second one replaces the
 * first, and the service worker shows nothing while a dashboard window is visible and focused. The open dashboard
 * ({@code notifications.js}) shows one only while the page is hidden ({@code document.hidden}), through the service
 * worker's registration, so both kinds are the same list of the browser's notifications. A socket that was lost comes
 * back with a snapshot instead of the frames in between; a chat in it the page had not heard of is a new chat too.</li>
 * <li>N9 Installable: a web app manifest (start_url and scope {@code /dashboard/}, standalone, the brand colour, icons
 * of 192 and 512 px and a maskable one) and the service worker are public files under {@code /app/} ({@code AppFiles}:
 * {@code application/manifest+json}, the worker revalidated on every visit and allowed the {@code /dashboard/} scope by
 * {@code Service-Worker-Allowed}); the pages' policy ({@code 'self'}) already lets them load. A notification opens
 * {@code /dashboard/?chat=<id>}, or tells an open dashboard to show that chat and focuses it.</li>
 * <li>N10 A short tone (Web Audio, 880 Hz, 0.35 s) for a new chat on the open dashboard, unless the agent turned the
 * tone off (N2, stored with their choices, so it is remembered on every device). Browsers start audio only after the
 * agent touched the page once; before that the tone is skipped.</li>
 * <li>N11 Measured (load-tests {@code PushLatencyLoadTest}): the time from a chat's assignment to its push message at
 * a push service on this machine; the figures are in load-tests/README.md.</li>
 * <li>N12 Logging out ends that browser's push for that agent: a subscription is stored with the SHA-256 of the
 * browser's device cookie ({@code sf_device}, a random id, HttpOnly, 400 days, given with the first subscription made in
 * it) and the log-out deletes the agent's subscriptions of that device, on the server, so a shared or handed-on phone
 * stops showing their chats even without script; their other devices keep theirs. The profile page shows push as on
 * only when the server has this browser's subscription for this agent; an expired session is no log-out and ends
 * nothing.</li>
 * </ul>
 *
 * <p>In a cluster each event is observed on the instance where it was committed, so a chat's push is sent once; the
 * waiting-chat alarm follows the apology ({@code AnswerOverdue}), which the follow-up decides once per chat under its
 * lock, so it too goes out once, whichever instance follows up and across restarts. A shopper's message costs one
 * query of the agent's subscriptions on a sending thread, and nothing when the queue is full.
 *
 * <p>Out of scope: notifications for supervisors' KPI alarms; quiet hours; retrying failed pushes.
 */
package nl.shopfloor.notifications;
