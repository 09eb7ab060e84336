import type { Order } from '../db.js';

export interface ReportOptions {
  currency: string;
  top: number;
}

/**
 * Renders the monthly sales report as HTML: totals per customer and per product, the best
 * sellers, and a sparkline of daily revenue. Pure computation over every order line.
 * @cpuHeavy
 */
export function renderSalesReport(orders: Order[], options: ReportOptions): string {
  const byCustomer = new Map<string, number>();
  const bySku = new Map<string, number>();
  const byDay = new Map<string, number>();
  for (const order of orders) {
    byCustomer.set(order.customer, (byCustomer.get(order.customer) ?? 0) + order.total);
    const day = order.placedAt.slice(0, 10);
    byDay.set(day, (byDay.get(day) ?? 0) + order.total);
    for (const line of order.lines) {
      bySku.set(line.sku, (bySku.get(line.sku) ?? 0) + line.quantity * line.price);
    }
  }
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: options.currency });
  const rows = (totals: Map<string, number>): string =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.top)
      .map(([key, total]) => `<tr><td>${escapeHtml(key)}</td><td>${money.format(total)}</td></tr>`)
      .join('\n');
  const days = [...byDay.values()];
  const peak = Math.max(1, ...days);
  const sparkline = days.map((total) => '▁▂▃▄▅▆▇█'[Math.round((total / peak) * 7)]).join('');
  return [
    `<h1>Sales</h1><p>${sparkline}</p>`,
    `<h2>Customers</h2><table>${rows(byCustomer)}</table>`,
    `<h2>Products</h2><table>${rows(bySku)}</table>`,
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
