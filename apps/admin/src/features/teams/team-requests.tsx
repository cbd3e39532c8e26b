// Team requests on the Teams page: college coordinators ask through the organization's public
// link; organizers tick many (a contest of a hundred colleges) and approve them in one go. Each
// approval makes the team and invites its coordinator as its lead; one that cannot be approved
// says why on its row, and the others still go through. Viewers see the list only.
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Checkbox, CopyButton, Group, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TeamsApproveTeamRequestsDocument,
  TeamsDeclineTeamRequestsDocument,
  TeamsRotateTeamRequestLinkDocument,
  TeamsTeamRequestLinkDocument,
  TeamsTeamRequestsDocument,
} from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { ErrorNotice } from '../../app/ui/query-state';

export function TeamRequests({ mayChange }: { mayChange: boolean }) {
  const { t } = useTranslation('teams');
  const { t: tc } = useTranslation('common');
  const { data, error, refetch } = useQuery(TeamsTeamRequestsDocument, { variables: { status: 'PENDING' } });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const refetchQueries = ['TeamsTeamRequests', 'TeamsList', 'TeamsColleges'];
  const [approve, approving] = useMutation(TeamsApproveTeamRequestsDocument, { refetchQueries });
  const [decline, declining] = useMutation(TeamsDeclineTeamRequestsDocument, { refetchQueries });

  const requests = data?.teamRequests ?? [];
  const chosen = requests.filter((r) => selected.has(r.id)).map((r) => r.id);
  const allChosen = requests.length > 0 && chosen.length === requests.length;

  const act = async (which: 'approve' | 'decline') => {
    try {
      if (which === 'approve') {
        const result = await approve({ variables: { ids: chosen } });
        const decisions = result.data?.approveTeamRequests ?? [];
        const refused = Object.fromEntries(decisions.filter((d) => d.error).map((d) => [d.request.id, d.error as string]));
        setRefusals(refused);
        notifications.show({ color: Object.keys(refused).length ? 'orange' : 'teal', message: t('requests.approved', { count: decisions.length - Object.keys(refused).length }) });
        setSelected(new Set(Object.keys(refused)));
      } else {
        const result = await decline({ variables: { ids: chosen } });
        notifications.show({ color: 'teal', message: t('requests.declined', { count: result.data?.declineTeamRequests.length ?? 0 }) });
        setSelected(new Set());
        setRefusals({});
      }
    } catch (reason) {
      notifications.show({ color: 'red', message: errorMessage(reason, tc) });
    }
  };

  return (
    <Stack mt="xl" gap="sm" data-testid="team-requests">
      <Title order={2} size="h3">
        {t('requests.title')}
      </Title>
      {mayChange && <RequestLink />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && !requests.length && <Text c="dimmed">{t('requests.none')}</Text>}
      {requests.length > 0 && (
        <>
          {mayChange && (
            <Group gap="sm">
              <Button disabled={!chosen.length} loading={approving.loading} onClick={() => void act('approve')}>
                {t('requests.approve', { count: chosen.length })}
              </Button>
              <Button variant="default" color="red" disabled={!chosen.length} loading={declining.loading} onClick={() => void act('decline')}>
                {t('requests.decline', { count: chosen.length })}
              </Button>
            </Group>
          )}
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {mayChange && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label={t('requests.selectAll')}
                        checked={allChosen}
                        indeterminate={chosen.length > 0 && !allChosen}
                        onChange={() => setSelected(allChosen ? new Set() : new Set(requests.map((r) => r.id)))}
                      />
                    </Table.Th>
                  )}
                  <Table.Th>{t('columns.college')}</Table.Th>
                  <Table.Th>{t('columns.team')}</Table.Th>
                  <Table.Th>{t('requests.coordinator')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {requests.map((r) => (
                  <Table.Tr key={r.id}>
                    {mayChange && (
                      <Table.Td>
                        <Checkbox
                          aria-label={t('requests.select', { team: r.teamName, college: r.collegeName })}
                          checked={selected.has(r.id)}
                          onChange={() => {
                            const next = new Set(selected);
                            if (next.has(r.id)) next.delete(r.id);
                            else next.add(r.id);
                            setSelected(next);
                          }}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>{r.collegeName}</Table.Td>
                    <Table.Td>
                      {r.teamName}
                      {refusals[r.id] && (
                        <Text size="sm" c="red" role="alert">
                          {t(`requests.errors.${refusals[r.id] === 'alreadyDecided' ? 'alreadyDecided' : 'emailBelongsToAnotherAccount'}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.coordinatorName}
                      <Text size="sm" c="dimmed">
                        {r.coordinatorEmail}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

/** The public link to share with coordinators; a new one ends the old (a link posted where it is abused). */
function RequestLink() {
  const { t } = useTranslation('teams');
  const { t: tc } = useTranslation('common');
  const { data } = useQuery(TeamsTeamRequestLinkDocument);
  const [rotate, rotating] = useMutation(TeamsRotateTeamRequestLinkDocument, { refetchQueries: ['TeamsTeamRequestLink'] });
  const [problem, setProblem] = useState<string | null>(null);
  const link = data?.teamRequestLink.url ?? '';
  return (
    <Stack gap={4}>
      <TextInput
        label={t('requests.link')}
        description={t('requests.linkHelp')}
        value={link}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="team-request-link"
        rightSectionWidth={72}
        rightSection={
          <Group gap={2} wrap="nowrap">
            <CopyButton value={link} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('share.copied') : t('share.copy')}>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('share.copy')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
            <Tooltip label={t('requests.rotate')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                loading={rotating.loading}
                aria-label={t('requests.rotate')}
                onClick={() => {
                  if (!window.confirm(t('requests.rotateConfirm'))) return;
                  setProblem(null);
                  rotate().catch((reason: unknown) => setProblem(errorMessage(reason, tc)));
                }}
              >
                <IconRefresh size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        }
      />
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
