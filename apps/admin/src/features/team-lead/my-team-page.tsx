// One of a team lead's teams: its standing in a drive, the link and QR code to recruit with for
// every published drive (sign-ups or not), its co-leads (invited, accepted, removed), and who signed up and whether they came (names and attendance, as the API allows), and which
// members brought friends through their own links.
import { useQuery } from '@apollo/client/react';
import { Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamLeadDriveZoneDocument, TeamLeadMembersDocument, TeamLeadMyTeamsDocument, type TeamLeadMyTeamsQuery } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { TeamShare } from '../teams/team-share';
import { PagerBar, useCursorPages } from '../../app/ui/cursor-pages';
import { formatDateTime } from '../../app/ui/format';
import { ZoneLabel } from '../../app/ui/zone-label';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { AttendanceBadge } from './attendance-badge';
import { Rank, TeamNumbers } from './team-standing';
import { TeamRecruiters } from './team-recruiters';
import { CoLeadInvite } from './co-lead-invite';
import { CoLeadList } from './co-lead-list';

const MEMBERS_PER_PAGE = 50;

export function MyTeamPage({ id }: { id: string }) {
  const { t } = useTranslation('teamLead');
  const query = useQuery(TeamLeadMyTeamsDocument);
  const [driveId, setDriveId] = useState<string | null>(null);
  const mine = query.data?.myTeams.find((m) => m.team.id === id);
  if (!mine) {
    if (query.loading) return <Loading />;
    if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
    return <EmptyState title={t('notYours')} />;
  }
  const { team, drives } = mine;
  // The newest drive first: the one being recruited for.
  const drive = drives.find((d) => d.driveId === driveId) ?? drives.find((d) => d.driveStatus === 'PUBLISHED') ?? drives[0] ?? null;

  return (
    <>
      <PageHeader title={team.name} description={`${team.college?.name ?? ''} · ${t('code', { code: team.code })}`} />
      {drives.length > 1 && (
        <Select
          label={t('drive')}
          data={drives.map((d) => ({ value: d.driveId, label: d.driveTitle }))}
          value={drive?.driveId ?? null}
          onChange={setDriveId}
          allowDeselect={false}
          maw={420}
          mb="md"
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="md">
        <Card withBorder component="section" aria-labelledby="standing-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="standing-heading">
              {drive ? t('standingIn', { title: drive.driveTitle }) : t('standing')}
            </Title>
            {drive && <Rank rank={drive.rank ?? null} of={drive.teamsRanked} />}
          </Group>
          <TeamNumbers stats={drive?.stats ?? mine.totals} kind={drive?.driveKind} />
        </Card>
        <RecruitCard team={team} drives={mine.recruitingDrives} />
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby="co-leads-heading" mb="md">
        <Title order={2} size="h4" id="co-leads-heading" mb={4}>
          {t('coLead.heading')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('coLead.body')}
        </Text>
        <Stack gap="sm">
          <CoLeadList teamId={team.id} />
          <CoLeadInvite teamId={team.id} />
        </Stack>
      </Card>
      {drive && <TeamRecruiters teamId={team.id} driveId={drive.driveId} kind={drive.driveKind} />}
      <Members teamId={team.id} driveId={drive?.driveId ?? null} driveSlug={drive?.driveSlug ?? null} />
    </>
  );
}

type MyTeam = TeamLeadMyTeamsQuery['myTeams'][number];

/**
 * The team's link and QR code for every published drive of the organization that has not ended,
 * whether or not anyone signed up through the team yet: a new lead recruits from day one.
 */
function RecruitCard({ team, drives }: { team: MyTeam['team']; drives: MyTeam['recruitingDrives'] }) {
  const { t } = useTranslation('teamLead');
  const [slug, setSlug] = useState<string | null>(null);
  const drive = drives.find((d) => d.driveSlug === slug) ?? drives[0] ?? null;
  return (
    <Card withBorder component="section" aria-labelledby="share-heading">
      <Title order={2} size="h4" id="share-heading" mb="sm">
        {t('share')}
      </Title>
      {drive ? (
        <Stack gap="sm">
          {drives.length > 1 && (
            <Select
              label={t('recruitFor')}
              data={drives.map((d) => ({ value: d.driveSlug, label: d.driveTitle }))}
              value={drive.driveSlug}
              onChange={setSlug}
              allowDeselect={false}
            />
          )}
          <TeamShare
            key={drive.driveSlug}
            team={{ code: team.code, name: team.name, collegeName: team.college?.name }}
            drive={{ slug: drive.driveSlug, title: drive.driveTitle, startsAt: drive.driveStartsAt, location: drive.location, timeZone: drive.timeZone }}
          />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('nothingToShare')}
        </Text>
      )}
    </Card>
  );
}

function Members({ teamId, driveId, driveSlug }: { teamId: string; driveId: string | null; driveSlug: string | null }) {
  const { t } = useTranslation('teamLead');
  const [locale] = useOrganizerLocale();
  const pages = useCursorPages(driveId ?? 'all', MEMBERS_PER_PAGE);
  const zone = useQuery(TeamLeadDriveZoneDocument, { variables: { slug: driveSlug ?? '' }, skip: !driveSlug });
  const timeZone = zone.data?.publicDrive?.timeZone;
  const { data, loading, error, refetch } = useQuery(TeamLeadMembersDocument, {
    variables: { teamId, driveId, first: MEMBERS_PER_PAGE, after: pages.after },
  });
  return (
    <Card withBorder component="section" aria-labelledby="members-heading">
      <Title order={2} size="h4" id="members-heading" mb="sm">
        {t('members.title', { count: data?.teamSignUps.totalCount ?? 0 })}
      </Title>
      {!data ? (
        error ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading />
        )
      ) : data.teamSignUps.totalCount === 0 ? (
        <Text size="sm" c="dimmed">
          {t('members.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={420}>
            <Table striped verticalSpacing={6} data-testid="members">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('members.name')}</Table.Th>
                  <Table.Th>
                    {t('members.shift')}
                    {timeZone && data.teamSignUps.edges[0] && <ZoneLabel timeZone={timeZone} at={data.teamSignUps.edges[0].node.shiftStartsAt} />}
                  </Table.Th>
                  <Table.Th>{t('members.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.teamSignUps.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>{node.name}</Table.Td>
                    <Table.Td>{formatDateTime(node.shiftStartsAt, locale, timeZone)}</Table.Td>
                    <Table.Td>
                      <AttendanceBadge attendance={node.attendance} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PagerBar
            pages={pages}
            rows={data.teamSignUps.edges.length}
            total={data.teamSignUps.totalCount}
            pageInfo={data.teamSignUps.pageInfo}
            label={t('members.pages')}
            loading={loading}
          />
        </Stack>
      )}
    </Card>
  );
}
