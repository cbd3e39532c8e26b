// The college teams that recruit for drives: find one by name or code, narrow to a college, and
// add a new team (with its college, new or known). Each team's page has its share link and QR code.
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Modal, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { TeamsCollegesDocument, TeamsListDocument } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { PagerBar, useCursorPages } from '../../app/ui/cursor-pages';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { CreateTeamForm } from './create-team-form';
import { TeamRequests } from './team-requests';

const TEAMS_PER_PAGE = 50;

export function TeamsPage() {
  const { t } = useTranslation('teams');
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 300);
  const [collegeId, setCollegeId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const colleges = useQuery(TeamsCollegesDocument);
  const mayChange = useMayChange();

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          mayChange && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('create.button')}
            </Button>
          )
        }
      />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('search')}
          type="search"
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          style={{ flex: '2 1 240px' }}
        />
        <Select
          label={t('college')}
          placeholder={t('allColleges')}
          clearable
          searchable
          data={(colleges.data?.colleges ?? []).map((c) => ({ value: c.id, label: t('collegeOption', { name: c.name, count: c.teamCount }) }))}
          value={collegeId}
          onChange={setCollegeId}
          style={{ flex: '1 1 220px' }}
        />
      </Group>
      <TeamResults search={search} collegeId={collegeId} onCreate={mayChange ? () => setCreating(true) : null} />
      <TeamRequests mayChange={mayChange} />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('create.title')}>
        <CreateTeamForm
          onCancel={() => setCreating(false)}
          onCreated={(team) => {
            setCreating(false);
            notifications.show({ color: 'teal', message: t('create.done', { name: team.name, code: team.code }) });
            navigate(`/teams/${team.id}`);
          }}
        />
      </Modal>
    </>
  );
}

/** onCreate: null for a viewer, who cannot add a team. */
function TeamResults({ search, collegeId, onCreate }: { search: string; collegeId: string | null; onCreate: (() => void) | null }) {
  const { t } = useTranslation('teams');
  const pages = useCursorPages(`${search}|${collegeId}`, TEAMS_PER_PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(TeamsListDocument, {
    variables: { first: TEAMS_PER_PAGE, after: pages.after, search: search || null, collegeId },
  });
  const shown = data ?? previousData;
  if (!shown) return error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <Loading />;
  const { totalCount, edges, pageInfo } = shown.teams;
  if (totalCount === 0) {
    return search || collegeId ? (
      <EmptyState title={t('noMatch')} />
    ) : (
      <EmptyState title={t('empty')}>
        {onCreate && (
          <>
            {t('emptyBody')}
            <br />
            <Button mt="sm" onClick={onCreate}>
              {t('create.button')}
            </Button>
          </>
        )}
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="teams">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.team')}</Table.Th>
              <Table.Th>{t('columns.code')}</Table.Th>
              <Table.Th>{t('columns.college')}</Table.Th>
              <Table.Th>{t('columns.leads')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {edges.map(({ node: team }) => (
              <Table.Tr key={team.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/teams/${team.id}`} fw={600}>
                    {team.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray" ff="monospace">
                    {team.code}
                  </Badge>
                </Table.Td>
                <Table.Td>{team.college?.name ?? '—'}</Table.Td>
                <Table.Td>
                  {team.leads.length ? (
                    team.leads.map((lead) => lead.name).join(', ')
                  ) : (
                    <Text size="sm" c="orange">
                      {t('noLead')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PagerBar pages={pages} rows={edges.length} total={totalCount} pageInfo={pageInfo} label={t('pages')} loading={loading} stale={loading && !data} />
    </>
  );
}
