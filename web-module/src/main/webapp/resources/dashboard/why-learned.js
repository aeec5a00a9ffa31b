// "Why you?": what routing learned about each candidate on the chat's topic (routing R5), one line per learned part.
// The topic comes from the shop's settings; every value is set with textContent.
(function () {
  'use strict';
  var why = document.getElementById('why');
  if (!why) { return; }
  var t = why.dataset;
  var language = document.documentElement.lang || undefined;
  var number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  var signed = function (part) { return '(' + (part > 0 ? '+' : '') + number.format(part) + ')'; };

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  // The star is shown, the words "of 5 stars" are read out.
  function line(template, values) {
    var item = document.createElement('li');
    var at = template.indexOf('{stars}');
    if (at < 0) {
      item.textContent = fill(template, values);
      return item;
    }
    var star = document.createElement('span');
    star.setAttribute('aria-hidden', 'true');
    star.textContent = '\u2605';
    var spoken = document.createElement('span');
    spoken.className = 'sf-visually-hidden';
    spoken.textContent = ' ' + t.textStars;
    item.append(fill(template.slice(0, at), values), star, spoken, fill(template.slice(at + 7), values));
    return item;
  }

  window.ShopfloorWhyLearned = function (c, topic) {
    var list = document.createElement('ul');
    list.className = 'sf-learned';
    list.dataset.sf = 'why-learned';
    if (c.satisfaction === undefined) { return list; } // routed before routing learned outcomes
    var learning = function (flag) { return flag ? t.textLearning : ''; };
    list.appendChild(c.ratings > 0
      ? line(c.ratings === 1 ? t.textSatisfactionOne : t.textSatisfaction, { rating: number.format(c.rating), count: c.ratings, topic: topic,
        learning: learning(c.learningSatisfaction), part: signed(c.satisfaction) })
      : line(t.textSatisfactionNone, { topic: topic, part: signed(c.satisfaction) }));
    list.appendChild(c.chats > 0
      ? line(c.chats === 1 ? t.textConversionOne : t.textConversion, { share: Math.round(c.conversionShare * 100), count: c.chats,
        learning: learning(c.learningConversion), part: signed(c.conversion) })
      : line(t.textConversionNone, { part: signed(c.conversion) }));
    if (c.learningSpeed) {
      list.appendChild(line(t.textSpeedLearning, { part: signed(c.performance) }));
    }
    return list;
  };
}());
