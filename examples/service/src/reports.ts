import { loadData } from './db.js';
import { renderSalesReport } from './lib/sales-report.js';
import { sendJson, type Context } from './router.js';

// GET /reports/sales
export async function salesReport({ res, url }: Context): Promise<void> {
  const orders = await loadData();
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(renderSalesReport(orders, { currency: url.searchParams.get('currency') ?? 'EUR', top: 10 }));
}

// GET /reports/forecast: next month's revenue, by simulation.
export async function forecast({ res }: Context): Promise<void> {
  const orders = await loadData();
  const mean = orders.reduce((sum, order) => sum + order.total, 0) / Math.max(1, orders.length);
  let total = 0;
  for (let i = 0; i < 1_000_000; i++) {
    total += mean * (0.8 + Math.random() * 0.4);
  }
  sendJson(res, 200, { expectedOrderValue: total / 1_000_000, orders: orders.length });
}
