import { getUser, isInStock, listItems, loadData } from './db.js';
import { sendJson, type Context } from './router.js';

// GET /users/:id
export async function showUser({ res, params }: Context): Promise<void> {
  const user = await getUser(params.id ?? '');
  sendJson(res, 200, user);
}

// GET /users/:id/greeting
export async function greeting({ res, params }: Context): Promise<void> {
  res.setHeader('content-type', 'text/plain');
  res.end(`Welcome back, ${displayName(params.id ?? '')}!`);
}

// GET /orders
export async function listOrders({ res }: Context): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(loadData()));
}

// GET /orders/summary: both queries run at once, then are awaited.
export async function ordersSummary({ res }: Context): Promise<void> {
  const ordersQuery = loadData();
  const itemsQuery = listItems();
  const [orders, items] = await Promise.all([ordersQuery, itemsQuery]);
  sendJson(res, 200, { orders: orders.length, items: items.length });
}

// GET /items: what the shop can sell right now.
export async function availableItems({ res }: Context): Promise<void> {
  const items = await listItems();
  const available = items.filter(async (item) => isInStock(item));
  sendJson(res, 200, available);
}

async function displayName(id: string): Promise<string> {
  const user = await getUser(id);
  return user.name.trim() || id;
}
