// The account page: the orders placed during this visit; logging in is not possible in a demo shop, and says so.
(function () {
  var shop = window.demoShop;
  var list = document.getElementById('orders');
  document.getElementById('login').addEventListener('submit', function (e) {
    e.preventDefault();
    var status = this.parentNode.querySelector('[data-message]');
    status.textContent = status.dataset.message;
  });
  shop.orders().forEach(function (order) {
    var item = document.createElement('li');
    item.textContent = order.number + ' · ' + new Date(order.placed).toLocaleDateString(document.documentElement.lang)
      + ' · ' + shop.cents(order.total);
    list.appendChild(item);
  });
  document.getElementById('no-orders').hidden = list.children.length > 0;
})();
