// The demo shop's own script: the widget embed (as a shop would write it) and a search box that goes nowhere.
// A file rather than inline script, so the demo pages run under a Content-Security-Policy without 'unsafe-inline'.
window.Shopfloor = window.Shopfloor || [];
Shopfloor.push(['config', { shop: 'demo', lang: document.documentElement.lang }]);
document.querySelectorAll('form.search').forEach(function (form) {
  form.addEventListener('submit', function (e) { e.preventDefault() });
});
