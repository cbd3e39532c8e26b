// Who leads this team with the lead: names and whether each accepted the invitation (no contacts:
// the API gives none). A lead removes a co-lead, or steps down, after a confirmation; the API
// refuses to leave the team without a lead who accepted, and that answer is shown as it comes.
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamLeadCoLeadsDocument, TeamLeadRemoveCoLeadDocument, type TeamLeadCoLeadsQuery } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { confirmAction } from '../../app/ui/confirm';
import { ErrorNotice, Loading } from '../../app/ui/query-state';

type CoLead = TeamLeadCoLeadsQuery['coLeads'][number];

export function CoLeadList({ teamId }: { teamId: string }) {
  const { t } = useTranslation('teamLead');
  const { t: tc } = useTranslation('common');
  const { data, error, refetch } = useQuery(TeamLeadCoLeadsDocument, { variables: { teamId } });
  // Stepping down takes the team off the lead's list: their teams are read again.
  const [remove] = useMutation(TeamLeadRemoveCoLeadDocument, { refetchQueries: ['TeamLeadCoLeads', 'TeamLeadMyTeams'] });
  const [problem, setProblem] = useState<string | null>(null);

  const removeLead = async (lead: CoLead) => {
    const ok = await confirmAction({
      title: lead.you ? t('coLead.leaveTitle') : t('coLead.removeTitle', { name: lead.name }),
      body: lead.you ? t('coLead.leaveBody') : t('coLead.removeBody'),
      confirmLabel: lead.you ? t('coLead.leave') : t('coLead.remove'),
      danger: true,
    });
    if (!ok) return;
    setProblem(null);
    try {
      await remove({ variables: { teamId, userId: lead.userId } });
    } catch (e) {
      setProblem(fieldErrors(e).userId ?? errorMessage(e, tc));
    }
  };

  if (!data) return error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <Loading />;
  return (
    <Stack gap="xs" data-testid="co-leads">
      {data.coLeads.map((lead) => (
        <Group key={lead.userId} justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {lead.you ? t('coLead.you', { name: lead.name }) : lead.name}
            </Text>
            <Badge size="xs" variant="light" color={lead.accepted ? 'green' : 'orange'}>
              {lead.accepted ? t('coLead.accepted') : t('coLead.pending')}
            </Badge>
          </Group>
          {data.coLeads.length > 1 && (
            <Tooltip label={lead.you ? t('coLead.leave') : t('coLead.removeLabel', { name: lead.name })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={lead.you ? t('coLead.leave') : t('coLead.removeLabel', { name: lead.name })}
                onClick={() => void removeLead(lead)}
              >
                <IconUserMinus size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ))}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
