/* Shopfloor widget - the shop's public service figures. Every [data-shopfloor-performance] element on the shop's
 * page gets one line of plain text, in the shop page's fonts: the share of satisfied ratings and of chats answered
 * within 20 seconds over the last 30 days (computed on the server; nothing about a person). */
window.Shopfloor.push(['_part', 'performance', function (core) {
  'use strict';
  function share(x) { return Math.round(x * 100) + '\u00a0%' }
  function paint(f) {
    var parts = [];
    if (f.satisfiedShare != null) parts.push(core.t('performance.satisfied', share(f.satisfiedShare)));
    if (f.answeredShare != null) parts.push(core.t('performance.answered', share(f.answeredShare)).split('{1}').join(f.targetSeconds));
    var text = parts.length ? parts.join(' \u00b7 ') + ' ' + core.t('performance.period', f.days) : '';
    document.querySelectorAll('[data-shopfloor-performance]').forEach(function (el) {
      el.textContent = text;
      el.setAttribute('data-sf', 'performance');
    });
  }
  if (core.performance) paint(core.performance);
  core.hooks.push(function (f) { if (f.type === 'performance') paint(f) });
  return 1;
}]);
