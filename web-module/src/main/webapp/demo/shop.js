// The demo shop's own script: the widget embed (as a shop would write it), a cart kept in the browser that the
// shop tells the widget about (so the agent of an open chat sees it), and a search box that goes nowhere.
// A file rather than inline script, so the demo pages run under a Content-Security-Policy without 'unsafe-inline'.
// The cart page, the checkout and the account page add their own script (cart.js, checkout.js, account.js).
window.Shopfloor = window.Shopfloor || [];
Shopfloor.push(['config', { shop: 'demo', lang: document.documentElement.lang }]);
document.querySelectorAll('form.search').forEach(function (form) {
  form.addEventListener('submit', function (e) { e.preventDefault() });
});

window.demoShop = (function () {
  var VAT = 0.21;
  var dutch = document.documentElement.lang === 'nl';
  var euro = new Intl.NumberFormat(dutch ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
  var cart = stored('demo.cart');

  function stored(key) {
    try { return JSON.parse(sessionStorage.getItem(key)) || [] } catch (e) { return [] }
  }

  // In cents, so that 21 % VAT on a few lines adds up to the cent.
  function totals() {
    var excl = cart.reduce(function (sum, line) { return sum + line.quantity * Math.round(line.price * 100) }, 0);
    var vat = Math.round(excl * VAT);
    return { excl: excl, vat: vat, incl: excl + vat };
  }

  function cents(amount) { return euro.format(amount / 100) }

  function show() {
    var count = cart.reduce(function (n, line) { return n + line.quantity }, 0);
    var sums = totals();
    document.querySelectorAll('[data-cart-count]').forEach(function (span) { span.textContent = count });
    document.querySelectorAll('[data-total]').forEach(function (dd) { dd.textContent = cents(sums[dd.dataset.total]) });
    var summary = document.getElementById('winkelwagen');
    if (summary && count) summary.textContent = (dutch ? 'In je winkelwagen: ' : 'In your cart: ') + count
      + (dutch ? (count === 1 ? ' artikel, ' : ' artikelen, ') : (count === 1 ? ' item, ' : ' items, '))
      + cents(sums.excl) + (dutch ? ' excl. btw' : ' excl. VAT');
    Shopfloor.push(['cart', { items: cart, total: sums.excl / 100, currency: 'EUR' }]);
  }

  function changed() {
    sessionStorage.setItem('demo.cart', JSON.stringify(cart));
    show();
  }

  function line(sku) { return cart.filter(function (l) { return l.sku === sku })[0] }

  document.querySelectorAll('button[data-sku]').forEach(function (button) {
    button.addEventListener('click', function () {
      var product = button.dataset;
      var existing = line(product.sku);
      if (existing) existing.quantity++;
      else cart.push({ sku: product.sku, name: product.name, quantity: 1, price: +product.price });
      changed();
      // for the invite rules: "on a product page without add-to-cart" (docs/shop-api.md)
      Shopfloor.push(['event', 'add_to_cart', { sku: product.sku, price: +product.price }]);
      var status = button.parentNode.querySelector('[data-added]');
      if (status) status.textContent = status.dataset.added + ' ' + product.name;
    });
  });
  if (cart.length) show();

  return {
    lines: function () { return cart.slice() },
    cents: cents,
    totals: totals,
    setQuantity: function (sku, quantity) { line(sku).quantity = quantity; changed() },
    remove: function (sku) { cart = cart.filter(function (l) { return l.sku !== sku }); changed() },
    orders: function () { return stored('demo.orders') },
    placeOrder: function (order) {
      sessionStorage.setItem('demo.orders', JSON.stringify(stored('demo.orders').concat([order])));
      cart = [];
      changed();
    }
  };
})();
