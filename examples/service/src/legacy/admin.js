// Admin routes from before the TypeScript migration. Plain JavaScript: tsc compiles it
// (allowJs) but does not check it, so nothing here stops a missing `await`.
import { deleteUser, getUser, isAllowed } from '../db.js';
import { sendJson } from '../router.js';

/** GET /admin/users/:id/name */
export async function userName({ res, params }) {
  const name = getUser(params.id).name;
  sendJson(res, 200, { name });
}

/** POST /admin/users/:id/delete */
export async function removeUser({ req, res, params }) {
  const admin = await getUser(String(req.headers['x-user-id']));
  if (isAllowed(admin, 'users:delete')) {
    await deleteUser(params.id);
    sendJson(res, 204, null);
    return;
  }
  sendJson(res, 403, { error: 'forbidden' });
}
