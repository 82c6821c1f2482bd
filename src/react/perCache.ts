/**
 * Turns a factory into a lookup that hands out one instance per SWR cache and key. Keying by cache means each
 * `SWRConfig` provider (a test, a server request, an app) gets its own instances and nothing leaks between them.
 */
export function perCache<T>(create: (key: string) => T): (cache: object, key: string) => T {
  const byCache = new WeakMap<object, Map<string, T>>();
  return (cache, key) => {
    let byKey = byCache.get(cache);
    if (!byKey) byCache.set(cache, (byKey = new Map()));
    let instance = byKey.get(key);
    if (instance === undefined) byKey.set(key, (instance = create(key)));
    return instance;
  };
}
