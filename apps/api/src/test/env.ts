import { afterAll, beforeAll } from 'vitest';

/** Sets an environment variable for `fn` alone (settings the API reads on every call), then restores it. */
export async function withEnv<T>(name: string, value: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

/** Sets an environment variable for every test of the file's suite, restored after them. */
export function useEnv(name: string, value: string): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env[name];
    process.env[name] = value;
  });
  afterAll(() => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  });
}
