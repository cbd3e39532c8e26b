// A stem-cell registry drive says some words its own way: DONATED there is "joined the registry"
// (a sample taken, contract v2), never "donated", and a deferral is no blood donation put off.
// Each namespace keeps those words under `registry.` with the same key as everywhere else; a
// word not there is the same at every drive. No catalogue is imported here, so the public pages
// pay nothing for it.
import type { DriveKind } from '../../generated/graphql';

/**
 * What to hand `t()` for `key` at a drive of this kind: at a registry drive its `registry.` twin
 * first, and the word itself if there is none (i18next takes the first key it has). Typed as the
 * key, so that `t()` still checks the key itself.
 */
export function wordFor<K extends string>(kind: DriveKind | null | undefined, key: K): K {
  return (kind === 'STEM_CELL_REGISTRY' ? [`registry.${key}`, key] : key) as unknown as K;
}
