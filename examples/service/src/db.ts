import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface User {
  id: string;
  name: string;
  roles: string[];
}

export interface Account {
  user: string;
  salt: string;
  hash: string;
}

export interface Order {
  id: string;
  customer: string;
  total: number;
  placedAt: string;
  lines: { sku: string; quantity: number; price: number }[];
}

export interface Item {
  sku: string;
  title: string;
  tags: string[];
  hidden: boolean;
}

// A stand-in for the database client: every call is a network round trip, so every call is async.

const users = new Map<string, User>([
  ['u1', { id: 'u1', name: 'Ada', roles: ['admin'] }],
  ['u2', { id: 'u2', name: 'Linus', roles: [] }],
]);

export async function getUser(id: string): Promise<User> {
  const user = users.get(id);
  if (!user) throw new Error(`no user ${id}`);
  return user;
}

export async function isAllowed(user: User, permission = 'admin'): Promise<boolean> {
  return user.roles.includes(permission) || user.roles.includes('admin');
}

export async function findAccount(user: string): Promise<Account | undefined> {
  const accounts = JSON.parse(await readFile(new URL('../accounts.json', import.meta.url), 'utf8')) as Account[];
  return accounts.find((account) => account.user === user);
}

export async function loadData(): Promise<Order[]> {
  return [
    {
      id: randomUUID(),
      customer: 'u2',
      total: 42,
      placedAt: new Date().toISOString(),
      lines: [{ sku: 'mug', quantity: 2, price: 21 }],
    },
  ];
}

export async function listItems(): Promise<Item[]> {
  return [
    { sku: 'mug', title: 'Mug', tags: ['kitchen'], hidden: false },
    { sku: 'pen', title: 'Pen', tags: ['office'], hidden: true },
  ];
}

export async function isInStock(item: Item): Promise<boolean> {
  return !item.hidden;
}

export async function deleteUser(id: string): Promise<void> {
  users.delete(id);
}
