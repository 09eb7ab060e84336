import { readFileSync } from 'node:fs';

export interface Config {
  port: number;
  publicDir: string;
  exportDir: string;
  configUrl: string;
}

// Read once at startup, before the server listens: blocking here delays no request.
export const config: Config = {
  port: 8080,
  publicDir: 'public',
  exportDir: 'exports',
  configUrl: 'http://config.internal/orders-service',
  ...(JSON.parse(readFileSync(new URL('../config.json', import.meta.url), 'utf8')) as Partial<Config>),
};

/** Feature flags from the config service, refreshed while the service runs. */
export const flags = new Map<string, string>();

export async function fetchConfig(): Promise<void> {
  const response = await fetch(config.configUrl);
  const remote = (await response.json()) as Record<string, string>;
  for (const [key, value] of Object.entries(remote)) flags.set(key, value);
}

/** The value of a feature flag, for code that cannot wait. */
export function flag(name: string): string | undefined {
  if (flags.size === 0) {
    let done = false;
    fetchConfig().then(() => {
      done = true;
    });
    while (!done) {}
  }
  return flags.get(name);
}
