// The cart page: a row per line with its quantity to change and a button to remove it; shop.js keeps the
// totals excl. and incl. VAT and the header's count up to date.
(function () {
  var shop = window.demoShop;
  var rows = document.getElementById('cart-lines');
  var template = document.getElementById('cart-line');

  function render() {
    var lines = shop.lines();
    document.getElementById('cart-full').hidden = !lines.length;
    document.getElementById('cart-empty').hidden = !!lines.length;
    rows.textContent = '';
    lines.forEach(function (line) {
      var row = template.content.firstElementChild.cloneNode(true);
      var field = function (name) { return row.querySelector('[data-field=' + name + ']') };
      var quantity = row.querySelector('input');
      var remove = row.querySelector('button');
      row.dataset.sku = line.sku;
      field('name').textContent = line.name;
      field('price').textContent = shop.cents(Math.round(line.price * 100));
      field('total').textContent = shop.cents(line.quantity * Math.round(line.price * 100));
      quantity.value = line.quantity;
      quantity.setAttribute('aria-label', quantity.getAttribute('aria-label') + ': ' + line.name);
      remove.setAttribute('aria-label', remove.textContent + ': ' + line.name);
      quantity.addEventListener('change', function () {
        var wanted = Math.round(+quantity.value);
        if (!(wanted >= 1 && wanted <= 99)) wanted = line.quantity;
        quantity.value = wanted;
        shop.setQuantity(line.sku, wanted);
        field('total').textContent = shop.cents(wanted * Math.round(line.price * 100));
      });
      remove.addEventListener('click', function () {
        shop.remove(line.sku);
        render();
        document.getElementById('cart-title').focus();
      });
      rows.appendChild(row);
    });
  }
  render();
})();
