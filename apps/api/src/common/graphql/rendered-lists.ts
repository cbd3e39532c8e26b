// A list field whose JSON was written off the event loop (by a worker thread, list-renderer.ts):
// graphql-js completes the field as [], and the JSON takes its place when the response is written.
//
// graphql-js completes every item of a list on the one event loop: a whole board (2,077 teams, a
// dozen fields each) held it some 40 ms, and every sign-up waiting for its turn waited as long
// (bench/README.md, issue 24). A worker can run the same completion on its own thread, but
// graphql-js cannot take JSON for a field. So the resolver answers [] and records here the JSON
// of the field at its path; when Apollo is about to send the response (willSendResponse), each
// such [] becomes a marker string that no answer can contain (a random UUID behind a NUL), and
// when it writes the response (stringifyResult) the marker's JSON text becomes the list's.
import { randomUUID } from 'crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';

type Path = readonly (string | number)[];

/** The lists rendered for one request, by its GraphQL context. */
const renderedFor = new WeakMap<object, { path: Path; json: string }[]>();
/** What replaces each marker of a result's data, by the data object. */
const splicesOf = new WeakMap<object, (readonly [marker: string, json: string])[]>();

/** The field's answer in place of its list: [] now, `json` (a JSON array) in the response. */
export function answerRendered(context: object, info: GraphQLResolveInfo, json: string): never[] {
  const lists = renderedFor.get(context) ?? [];
  renderedFor.set(context, lists);
  lists.push({ path: pathOf(info), json });
  return [];
}

/**
 * Marks the rendered lists in this context's result, once execution is over. A list whose place
 * is gone (an error nulled its parent) is left out, as it would have been.
 */
export function settleRenderedLists(context: object, result: { data?: unknown }): void {
  const lists = renderedFor.get(context);
  renderedFor.delete(context);
  const data = result.data;
  if (!lists || !data || typeof data !== 'object') return;
  const splices: (readonly [string, string])[] = [];
  for (const { path, json } of lists) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
    const key = path[path.length - 1];
    if (!parent || typeof parent !== 'object') continue;
    const holder = parent as Record<string | number, unknown>;
    const value = holder[key];
    if (!Array.isArray(value) || value.length) continue;
    const marker = `\u0000rendered:${randomUUID()}`;
    holder[key] = marker;
    splices.push([JSON.stringify(marker), json]);
  }
  if (splices.length) splicesOf.set(data, splices);
}

/** JSON.stringify of a result, with its rendered lists written in. */
export function stringifyWithRenderedLists(result: { data?: unknown }): string {
  let json = JSON.stringify(result);
  const splices = result.data && typeof result.data === 'object' ? splicesOf.get(result.data) : undefined;
  // A function as the replacement: the list's JSON is inserted as it is ($ patterns included).
  for (const [marker, list] of splices ?? []) json = json.replace(marker, () => list);
  return json;
}

/** Settles each response's rendered lists; it must come before any plugin that reads the data (the public board cache). */
export const renderedListsPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single') settleRenderedLists(contextValue, response.body.singleResult);
      },
    };
  },
};

function pathOf(info: GraphQLResolveInfo): Path {
  const keys: (string | number)[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = info.path; at; at = at.prev) keys.unshift(at.key);
  return keys;
}
