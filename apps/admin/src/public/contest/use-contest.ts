// A contest's page: its stages and boards, asked for again every 30 seconds while the page is
// looked at (a screen in the hall; a phone in a pocket does not poll), and which stage's tab is
// open: the reader's choice, else the stage running now, else the last one that has started.
import { useEffect, useState } from 'react';
import type { Locale } from '@life-relay/domain';
import type { ContestQuery } from '../../generated/graphql';
import { asRequestError, request, type GraphQLRequestError } from '../api/graphql-client';
import { CONTEST } from '../api/operations';
import { pollWhileVisible } from '../ui/poll-while-visible';

export const CONTEST_REFRESH_MS = 30_000;

export type Contest = NonNullable<ContestQuery['publicCampaign']>;
export type Stage = Contest['stages'][number];

export interface ContestState {
  /** undefined until the first answer; null when no contest has this slug. */
  contest: Contest | null | undefined;
  failure: GraphQLRequestError | undefined;
  at: Date | undefined;
  stage: Stage | undefined;
  choose: (stageId: string) => void;
}

/** The stage shown until the reader picks one: the one running now, else the last one that has started, else the first. */
export function currentStage(stages: Stage[], now: number): Stage | undefined {
  const started = stages.filter((s) => Date.parse(s.startsAt) <= now);
  return started.find((s) => Date.parse(s.endsAt) > now) ?? started[started.length - 1] ?? stages[0];
}

export function useContest(slug: string, locale: Locale): ContestState {
  const [contest, setContest] = useState<Contest | null>();
  const [failure, setFailure] = useState<GraphQLRequestError>();
  const [at, setAt] = useState<Date>();
  const [chosen, setChosen] = useState<string>();

  useEffect(
    () =>
      pollWhileVisible(
        async (signal) => {
          const answer = await request(CONTEST, { slug }, { locale, signal });
          setContest(answer.publicCampaign);
          setAt(new Date());
          setFailure(undefined);
        },
        CONTEST_REFRESH_MS,
        (error) => setFailure(asRequestError(error)),
      ),
    [slug, locale],
  );

  const stages = contest?.stages ?? [];
  const stage = stages.find((s) => s.id === chosen) ?? currentStage(stages, at?.getTime() ?? 0);
  return { contest, failure, at, stage, choose: setChosen };
}
