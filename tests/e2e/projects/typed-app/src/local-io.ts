// A project function that merely shares the name of a Node API.
export function readFileSync(path: string): string {
  return `contents of ${path}`;
}
