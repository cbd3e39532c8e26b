// The desk's page with or without a signal: what the server says when it answers (and kept for
// later), what was kept on this tablet when it does not.
import { useEffect, useState } from 'react';
import { errorCode } from '../../../app/api/errors';
import type { CheckInSignUpFragment } from '../../../generated/graphql';
import { keepDrive, keepSignUps, readKept, searchKept, type KeptDrive } from './desk-snapshot';

/** Did the request not get through (as opposed to the server refusing it)? */
const unreachable = (error: unknown) => !!error && errorCode(error) === 'NETWORK';

export function useKeptDrive(driveId: string, live: KeptDrive | null | undefined, error: unknown): KeptDrive | null | undefined {
  const [kept, setKept] = useState<KeptDrive | null>(null);
  useEffect(() => {
    if (live) void keepDrive(live);
  }, [live]);
  const offline = unreachable(error) && !live;
  useEffect(() => {
    if (offline) void readKept(driveId).then((k) => setKept(k?.drive ?? null));
  }, [driveId, offline]);
  // Once offline, the kept drive stays on screen while the connection comes back and the drive is
  // fetched again: the page (and the search typed in it) must not fall back to "loading".
  return live ?? (kept?.id === driveId ? kept : undefined);
}

/** The search's results, or without a signal the people kept for the drive that match (`offline` then). */
export function useKeptSearch(
  driveId: string,
  text: string,
  live: readonly CheckInSignUpFragment[] | undefined,
  error: unknown,
): { results: readonly CheckInSignUpFragment[] | undefined; offline: boolean } {
  const [kept, setKept] = useState<{ driveId: string; text: string; results: CheckInSignUpFragment[] } | null>(null);
  useEffect(() => {
    if (live?.length) void keepSignUps(driveId, live);
  }, [driveId, live]);
  const offline = unreachable(error) && !live;
  useEffect(() => {
    if (offline && text) void readKept(driveId).then((k) => setKept({ driveId, text, results: searchKept(k, text) }));
  }, [driveId, text, offline]);
  if (live) return { results: live, offline: false };
  // Offline, or fetching again once back: the kept results for this text until the server answers.
  if (kept?.driveId === driveId && kept.text === text) return { results: kept.results, offline: true };
  return { results: undefined, offline };
}
