// Per-request DataLoaders (house rule 8: no N+1). A loader lives as long as the HTTP request,
// so it batches the field resolvers of one query and never serves stale data to the next.
import DataLoader from 'dataloader';

const registry = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | null)[]>,
): DataLoader<K, V | null> {
  let loaders = registry.get(request);
  if (!loaders) registry.set(request, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch);
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows found by id as the keys asked for, null where none was found. */
export function byKeys<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => found.get(k) ?? null);
}
