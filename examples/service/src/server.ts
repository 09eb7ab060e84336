import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { config, fetchConfig } from './config.js';
import { download, exportArchive, login, serveAsset, version } from './handlers.js';
import { removeUser, userName } from './legacy/admin.js';
import legacyReport from './legacy/report.cjs';
import { loadData } from './db.js';
import { forecast, salesReport } from './reports.js';
import { Router, sendJson } from './router.js';
import { availableItems, greeting, listOrders, ordersSummary, showUser } from './users.js';

const router = new Router()
  .get('/assets/:name', serveAsset)
  .get('/downloads/:name', download)
  .post('/login', login)
  .get('/version', version)
  .post('/exports', exportArchive)
  .get('/users/:id', showUser)
  .get('/users/:id/greeting', greeting)
  .get('/orders', listOrders)
  .get('/orders/summary', ordersSummary)
  .get('/items', availableItems)
  .get('/reports/sales', salesReport)
  .get('/reports/forecast', forecast)
  .get('/admin/users/:id/name', userName)
  .post('/admin/users/:id/delete', removeUser)
  .post('/exports/orders.csv', async ({ res }) => {
    const file: string = await legacyReport.exportOrdersCsv(await loadData(), config.exportDir);
    sendJson(res, 201, { file });
  });

const server = createServer((req, res) => {
  router.handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
  });
});

await fetchConfig();
writeFileSync(new URL('../server.pid', import.meta.url), String(process.pid));
server.listen(config.port, () => console.log(`orders-service listening on :${config.port}`));
