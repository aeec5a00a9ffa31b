// The medians of measure.sh's Lighthouse reports as a table: node medians.js <work folder> <runs>
const fs = require('fs');
const path = require('path');

const [folder, runs] = process.argv.slice(2);

function figures(file) {
  const report = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  if (report.runtimeError) throw new Error(file + ': ' + report.runtimeError.message);
  const audits = report.audits;
  const requests = audits['network-requests'].details.items;
  const widget = requests.filter(request => new URL(request.url).pathname.startsWith('/widget/'));
  const sum = (items, field) => items.reduce((total, item) => total + (item[field] || 0), 0);
  return {
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    mainThread: audits['mainthread-work-breakdown'].numericValue,
    bytes: audits['total-byte-weight'].numericValue,
    widgetBytes: sum(widget, 'transferSize'),
    widgetUncompressed: sum(widget, 'resourceSize'),
  };
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medians(prefix) {
  const all = [];
  for (let run = 1; run <= runs; run++) all.push(figures(prefix + '-' + run + '.json'));
  const result = {};
  for (const key of Object.keys(all[0])) result[key] = median(all.map(f => f[key]));
  result.runs = all;
  return result;
}

const without = medians('without');
const withWidget = medians('with');
if (without.widgetBytes > 0) throw new Error('the runs without the widget loaded ' + without.widgetBytes + ' bytes of it');
const rows = [
  ['LCP (ms)', 'lcp'],
  ['TBT (ms)', 'tbt'],
  ['main-thread work (ms)', 'mainThread'],
  ['total bytes (transferred)', 'bytes'],
  ["widget's bytes (transferred)", 'widgetBytes'],
  ["widget's bytes (uncompressed)", 'widgetUncompressed'],
];
const cell = (text, width) => String(text).padStart(width);
const round = value => Math.round(value).toLocaleString('en-GB');
const signed = (value, text) => (value >= 0 ? '+' : '') + text;
console.log(''.padEnd(30) + cell('without', 10) + cell('with', 10) + cell('added', 10) + cell('', 7)
  + '   runs without / runs with');
for (const [label, key] of rows) {
  const added = withWidget[key] - without[key];
  const share = without[key] ? signed(added, Math.round(added / without[key] * 100)) + ' %' : '';
  const each = figures => figures.runs.map(f => round(f[key])).join(' ');
  console.log(label.padEnd(30) + cell(round(without[key]), 10) + cell(round(withWidget[key]), 10)
    + cell(signed(added, round(added)), 10) + cell(share, 7) + '   ' + each(without) + ' / ' + each(withWidget));
}
