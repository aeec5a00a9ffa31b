// The demo shop's own script: the widget embed (as a shop would write it), a cart kept in the browser that the
// shop tells the widget about (so the agent of an open chat sees it), and a search box that goes nowhere.
// A file rather than inline script, so the demo pages run under a Content-Security-Policy without 'unsafe-inline'.
window.Shopfloor = window.Shopfloor || [];
Shopfloor.push(['config', { shop: 'demo', lang: document.documentElement.lang }]);
document.querySelectorAll('form.search').forEach(function (form) {
  form.addEventListener('submit', function (e) { e.preventDefault() });
});

(function () {
  var dutch = document.documentElement.lang === 'nl';
  var euro = new Intl.NumberFormat(dutch ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
  var cart;
  try { cart = JSON.parse(sessionStorage.getItem('demo.cart')) || [] } catch (e) { cart = [] }

  function show() {
    var count = cart.reduce(function (n, line) { return n + line.quantity }, 0);
    var total = cart.reduce(function (sum, line) { return sum + line.quantity * line.price }, 0);
    var link = document.querySelector('a[href="#winkelwagen"]');
    if (link) link.textContent = (dutch ? 'Winkelwagen (' : 'Cart (') + count + ')';
    var summary = document.getElementById('winkelwagen');
    if (summary && count) summary.textContent = (dutch ? 'In je winkelwagen: ' : 'In your cart: ') + count
      + (dutch ? (count === 1 ? ' artikel, ' : ' artikelen, ') : (count === 1 ? ' item, ' : ' items, '))
      + euro.format(total) + (dutch ? ' excl. btw' : ' excl. VAT');
    Shopfloor.push(['cart', { items: cart, total: Math.round(total * 100) / 100, currency: 'EUR' }]);
  }

  document.querySelectorAll('.card button').forEach(function (button) {
    button.addEventListener('click', function () {
      var card = button.closest('.card');
      var name = card.querySelector('h3').textContent;
      var sku = name.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '');
      // "€ 1.149,00" (nl) or "€1,149.00" (en) -> 1149
      var raw = card.querySelector('.price').firstChild.textContent;
      var price = +(dutch ? raw.replace(/[^0-9,]/g, '').replace(',', '.') : raw.replace(/[^0-9.]/g, ''));
      var line = cart.filter(function (l) { return l.sku === sku })[0];
      if (line) line.quantity++; else cart.push({ sku: sku, name: name, quantity: 1, price: price });
      sessionStorage.setItem('demo.cart', JSON.stringify(cart));
      show();
    });
  });
  if (cart.length) show();
})();
