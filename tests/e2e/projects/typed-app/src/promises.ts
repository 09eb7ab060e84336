// Promises used as their values (no-floating-promise-result).
export interface User {
  id: number;
  name: string;
}

export async function fetchUser(id: number): Promise<User> {
  return { id, name: `user ${id}` };
}

export async function fetchName(id: number): Promise<string> {
  return (await fetchUser(id)).name;
}

export async function greeting(id: number): Promise<string> {
  return `Hello, ${fetchName(id)}!`;
}

export async function serialize(id: number): Promise<string> {
  return JSON.stringify(fetchUser(id));
}

export async function logName(id: number): Promise<void> {
  console.log('name:', fetchName(id));
}

export function label(id: number): string {
  // a sync function: reported, not fixed
  return 'user: ' + fetchName(id);
}

export function waitForUser(id: number): User | undefined {
  let user: User | undefined;
  void fetchUser(id).then((found) => {
    user = found;
  });
  // the callback can never run while this loop spins
  while (user === undefined) {}
  return user;
}
