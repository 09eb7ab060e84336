'use strict';
// The nightly CSV export, still loaded by the old admin panel with require().
const fs = require('fs');
const path = require('path');

const HEADER_FILE = path.join(__dirname, 'orders-header.csv');

async function exportOrdersCsv(orders, dir) {
  const header = fs.readFileSync(HEADER_FILE, 'utf8').trim();
  const rows = orders.map((order) => [order.id, order.customer, order.total.toFixed(2), order.placedAt].join(','));
  const file = path.join(dir, `orders-${new Date().toISOString().slice(0, 10)}.csv`);
  await fs.promises.writeFile(file, [header, ...rows].join('\n') + '\n');
  return file;
}

module.exports = { exportOrdersCsv };
