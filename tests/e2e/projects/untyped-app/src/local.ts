// A local function that merely shares the name of a Node API: never reported.
function readFileSync(path: string): string {
  return `contents of ${path}`;
}

export async function main(): Promise<string> {
  return readFileSync('a.txt');
}
