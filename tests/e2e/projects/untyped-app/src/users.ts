export async function loadUser(id: number): Promise<{ id: number; name: string }> {
  return { id, name: `user ${id}` };
}
