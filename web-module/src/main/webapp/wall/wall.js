/* Wall display: read-only, fed by Server-Sent Events; textContent only. */
(function () {
    'use strict';

    var token = new URLSearchParams(location.search).get('token');
    var texts = {};
    var clockOffset = 0; // server time minus this screen's time, so timers agree with the server
    var waiting = [];
    var retry = null;

    function $(id) { return document.getElementById(id); }

    function api(path) {
        return '../api/wall' + path + (token ? '?token=' + encodeURIComponent(token) : '');
    }

    function text(key, args) {
        var value = texts[key] || '';
        (args || []).forEach(function (arg, i) { value = value.split('{' + i + '}').join(String(arg)); });
        return value;
    }

    // Bidi controls (U+202E ...) in a shopper's name could disguise it: stripped, and the name isolated.
    var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (content !== undefined) { node.textContent = String(content).replace(BIDI, ''); node.dir = 'auto'; }
        return node;
    }

    function now() { return Date.now() + clockOffset; }

    function pad(n) { return n < 10 ? '0' + n : String(n); }

    function elapsed(millis) {
        var s = Math.max(0, Math.floor(millis / 1000));
        var h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60);
        return (h ? h + ':' + pad(m) : String(m)) + ':' + pad(s % 60);
    }

    function seconds(millis) {
        if (millis < 10000) {
            return (millis / 1000).toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 }) + ' s';
        }
        return millis < 60000 ? Math.round(millis / 1000) + ' s' : elapsed(millis);
    }

    function showTexts() {
        document.querySelectorAll('[data-text]').forEach(function (node) {
            node.textContent = text(node.getAttribute('data-text'));
        });
        document.title = text('app.name') + ' · ' + text('wall.title');
    }

    function renderToday(today) {
        $('median').textContent = today.medianMillis === null ? text('wall.noData') : seconds(today.medianMillis);
        $('median-of').textContent = text('wall.firstResponse.of', [today.answered, today.started]);
        $('within-heading').textContent = text('wall.withinTarget', [today.targetSeconds]);
        $('within').textContent = today.withinTargetShare === null ? text('wall.noData')
            : Math.round(today.withinTargetShare * 100) + ' %';
        $('within-of').textContent = text('wall.withinTarget.of', [today.withinTarget, today.counted]);
    }

    function renderCapacity(snapshot) {
        $('open').textContent = snapshot.cap === null ? String(snapshot.openChats) : snapshot.openChats + ' / ' + snapshot.cap;
        $('cap-note').textContent = snapshot.cap === null ? text('wall.openChats.noCap') : '';
        $('open').classList.toggle('wall-full', snapshot.cap !== null && snapshot.openChats >= snapshot.cap);
    }

    function renderWaiting() {
        var list = $('waiting');
        list.replaceChildren();
        waiting.forEach(function (chat) {
            var item = element('li');
            var who = element('div', 'wall-who');
            who.append(element('span', 'wall-shopper', chat.shopper),
                element('span', 'wall-agent', text('wall.with') + ' ' + chat.agent));
            item.append(who, element('span', 'wall-timer', elapsed(now() - Date.parse(chat.since))));
            list.append(item);
        });
        $('waiting-count').textContent = waiting.length ? '(' + waiting.length + ')' : '';
        $('waiting-none').hidden = waiting.length > 0;
    }

    function tick() {
        var timers = $('waiting').querySelectorAll('.wall-timer');
        waiting.forEach(function (chat, i) {
            if (timers[i]) { timers[i].textContent = elapsed(now() - Date.parse(chat.since)); }
        });
        var time = new Date(now());
        $('clock').textContent = pad(time.getHours()) + ':' + pad(time.getMinutes());
    }

    function renderAgents(agents) {
        var list = $('agents');
        list.replaceChildren();
        agents.forEach(function (agent) {
            var item = element('li', 'wall-' + agent.status);
            var load = element('span', 'wall-load', agent.openChats + ' / ' + agent.maxChats);
            var bar = element('span', 'wall-bar');
            var fill = element('span', 'wall-fill');
            fill.style.width = Math.min(100, Math.round(agent.openChats / agent.maxChats * 100)) + '%';
            bar.append(fill);
            item.append(element('span', 'wall-name', agent.name),
                element('span', 'wall-status', text('status.' + agent.status)), bar, load);
            list.append(item);
        });
        $('agents-none').hidden = agents.length > 0;
    }

    function render(snapshot) {
        clockOffset = Date.parse(snapshot.at) - Date.now();
        waiting = snapshot.waiting;
        renderToday(snapshot.today);
        renderCapacity(snapshot);
        renderWaiting();
        renderAgents(snapshot.agents);
        $('denied').hidden = true;
        $('wall').hidden = false;
        tick();
    }

    function live(connected) {
        $('live').textContent = connected ? text('wall.live') : text('wall.reconnecting');
        $('live').classList.toggle('wall-offline', !connected);
    }

    function connect() {
        retry = null;
        var source = new EventSource(api('/events'));
        source.addEventListener('snapshot', function (event) { render(JSON.parse(event.data)); });
        source.onopen = function () { live(true); };
        source.onerror = function () {
            live(false);
            if (source.readyState === EventSource.CLOSED) {
                // The browser gives up on an HTTP error: find out whether it is access, then try again later.
                fetch(api(''), { credentials: 'same-origin' }).then(function (response) {
                    if (response.status === 401 || response.status === 403) {
                        $('wall').hidden = true;
                        $('denied').hidden = false;
                        $('live').textContent = '';
                    }
                }).catch(function () { /* offline: try again below */ });
                if (!retry) { retry = setTimeout(connect, 10000); }
            }
        };
    }

    function keepScreenOn() {
        if (navigator.wakeLock) {
            navigator.wakeLock.request('screen').catch(function () { /* not allowed here: the screen's own settings decide */ });
        }
    }

    fetch('../api/wall/texts', { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (bundle) {
            texts = bundle.texts;
            document.documentElement.lang = bundle.lang;
            showTexts();
        })
        .catch(function () { /* labels stay empty; figures still show */ })
        .then(function () {
            connect();
            setInterval(tick, 1000);
            keepScreenOn();
            document.addEventListener('visibilitychange', function () {
                if (document.visibilityState === 'visible') { keepScreenOn(); }
            });
        });
}());
