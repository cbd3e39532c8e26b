// The breakdown by team and by college, which is also the live leaderboard: ranked by sign-ups,
// with who came and donated, and an arrow for a row that moved since the last refresh.
import { Badge, Button, Group, ScrollArea, Table, Tabs, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCutShort, type BoardName, type BoardTops } from '../../public/leaderboard/board-tops';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber, formatPercent } from '../../app/ui/format';
import { DashboardCard } from './dashboard-card';
import type { DashboardDrive } from './drive-summary';
import { RankHistory } from './rank-history';
import { wordFor } from '../../app/i18n/registry-words';
import type { DriveKind } from '../../generated/graphql';

/** Rows of each board the dashboard asks for (a national drive has 2,000 teams) until the organizer asks for all. */
export const SHOWN_ROWS = 100;

export function LeaderboardCard({ drive, boards }: { drive: DashboardDrive; boards: BoardTops }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const teams = drive.leaderboard;
  const colleges = drive.collegeLeaderboard;
  // One history per board for the life of the page (RankHistory is idempotent per answer).
  const [teamHistory] = useState(() => new RankHistory());
  const [collegeHistory] = useState(() => new RankHistory());
  const teamMoves = useMemo(() => teamHistory.movesFor(drive.leaderboard, (r) => ({ key: r.team.id, rank: r.rank })), [drive.leaderboard, teamHistory]);
  const collegeMoves = useMemo(
    () => collegeHistory.movesFor(drive.collegeLeaderboard, (r) => ({ key: r.college.id, rank: r.rank })),
    [drive.collegeLeaderboard, collegeHistory],
  );

  return (
    <DashboardCard id="leaderboard-heading" title={t('leaderboard.title')} description={t(wordFor(drive.kind, 'leaderboard.description'))}>
      <Tabs defaultValue="teams">
        <Tabs.List>
          <Tabs.Tab value="teams">{t('leaderboard.teams', { count: drive.teamsRanked, total: formatNumber(drive.teamsRanked, locale) })}</Tabs.Tab>
          <Tabs.Tab value="colleges">{t('leaderboard.colleges', { count: drive.collegesRanked, total: formatNumber(drive.collegesRanked, locale) })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="teams" pt="sm">
          {teams.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('leaderboard.empty')}
            </Text>
          ) : (
            <>
              <Board
                label={t('leaderboard.teamsLabel')}
                rows={teams.map((r) => ({ ...r, key: r.team.id, name: r.team.name, sub: r.team.college?.name ?? '' }))}
                moves={teamMoves}
                kind={drive.kind}
              />
              {isCutShort(boards.first.teams, teams.length, drive.teamsRanked) && (
                <CutShortNote board="teams" shown={teams.length} ranked={drive.teamsRanked} onShowAll={boards.showAll} />
              )}
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="colleges" pt="sm">
          {colleges.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('leaderboard.empty')}
            </Text>
          ) : (
            <>
              <Board
                label={t('leaderboard.collegesLabel')}
                rows={colleges.map((r) => ({ ...r, key: r.college.id, name: r.college.name, sub: t('leaderboard.teamCount', { count: r.teams }) }))}
                moves={collegeMoves}
                kind={drive.kind}
              />
              {isCutShort(boards.first.colleges, colleges.length, drive.collegesRanked) && (
                <CutShortNote board="colleges" shown={colleges.length} ranked={drive.collegesRanked} onShowAll={boards.showAll} />
              )}
            </>
          )}
        </Tabs.Panel>
      </Tabs>
    </DashboardCard>
  );
}

/** Under a board showing only its top rows: of how many, and a button that asks for all of them. */
function CutShortNote({ board, shown, ranked, onShowAll }: { board: BoardName; shown: number; ranked: number; onShowAll: (board: BoardName) => void }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const figures = { count: ranked, shown: formatNumber(shown, locale), total: formatNumber(ranked, locale) };
  return (
    <Group justify="space-between" gap="xs" mt="xs">
      <Text size="sm" c="dimmed">
        {t(`leaderboard.top.${board}`, figures)}
      </Text>
      <Button variant="light" size="xs" onClick={() => onShowAll(board)}>
        {t(`leaderboard.showAll.${board}`, figures)}
      </Button>
    </Group>
  );
}

interface BoardRow {
  key: string;
  rank: number;
  name: string;
  sub: string;
  signUps: number;
  checkedIn: number;
  donated: number;
  conversionRate: number;
}

function Board({ label, rows, moves, kind }: { label: string; rows: BoardRow[]; moves: Map<string, number>; kind: DriveKind }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <ScrollArea.Autosize mah={480} type="auto">
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={label} striped verticalSpacing={6} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('leaderboard.rank')}</Table.Th>
              <Table.Th scope="col">{t('leaderboard.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('leaderboard.signUps')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('leaderboard.came')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t(wordFor(kind, 'leaderboard.donated'))}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('leaderboard.conversion')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const move = moves.get(row.key);
              return (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    <Text span fw={700}>
                      {row.rank}
                    </Text>
                    {move !== undefined && (
                      <Badge
                        ml={6}
                        size="sm"
                        variant="light"
                        color={move > 0 ? 'teal' : 'gray'}
                        leftSection={move > 0 ? <IconArrowUp size={10} /> : <IconArrowDown size={10} />}
                        aria-label={move > 0 ? t('leaderboard.up', { count: move }) : t('leaderboard.down', { count: -move })}
                      >
                        {Math.abs(move)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.sub}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {n(row.signUps)}
                  </Table.Td>
                  <Table.Td ta="right">{n(row.checkedIn)}</Table.Td>
                  <Table.Td ta="right">{n(row.donated)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(row.conversionRate, locale)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ScrollArea.Autosize>
  );
}
