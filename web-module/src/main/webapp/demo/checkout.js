// The checkout carries the widget's visitor id in a hidden field, as docs/shop-api.md asks of a shop (so that the
// order can be credited to the visitor's chat), then "places" the order in the browser and confirms it: a demo
// shop has no order system to send it to.
(function () {
  var shop = window.demoShop;
  var form = document.getElementById('checkout');
  Shopfloor.push(['visitor', function (id) { form.elements.sf_visitor.value = id }]);
  if (!shop.lines().length) {
    form.hidden = true;
    document.getElementById('checkout-summary').hidden = true;
    document.getElementById('checkout-empty').hidden = false;
    return;
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var order = { number: 'DEMO-' + Date.now().toString(36).toUpperCase(), total: shop.totals().incl,
      visitor: form.elements.sf_visitor.value, placed: new Date().toISOString() };
    shop.placeOrder(order);
    form.hidden = true;
    document.getElementById('checkout-summary').hidden = true;
    var confirmation = document.getElementById('confirmation');
    confirmation.querySelector('[data-order=number]').textContent = order.number;
    confirmation.querySelector('[data-order=total]').textContent = shop.cents(order.total);
    confirmation.hidden = false;
    document.getElementById('confirmation-title').focus();
  });
})();
