// Who leads a team: they follow its standing and sign-ups, nothing more. Assign an account that
// exists, invite a new team lead (assigned at once, into the team's organization), or remove one
// after a confirmation; a viewer sees the list only (`LeadList`).
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Modal, Select, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamsAssignLeadDocument, TeamsLeadOptionsDocument, TeamsRemoveLeadDocument } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { confirmAction } from '../../app/ui/confirm';
import { InvitationLink } from '../users/invitation-link';
import { InviteForm, type Invitation } from '../users/invite-form';

interface Lead {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

export function TeamLeads({ teamId, organizationId, leads }: { teamId: string; organizationId: string; leads: readonly Lead[] }) {
  const { t } = useTranslation('teams');
  const { t: tc } = useTranslation('common');
  const options = useQuery(TeamsLeadOptionsDocument);
  const [assign, assigning] = useMutation(TeamsAssignLeadDocument, { refetchQueries: ['TeamsList'] });
  const [remove] = useMutation(TeamsRemoveLeadDocument, { refetchQueries: ['TeamsList'] });
  const [picked, setPicked] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, tc) });

  const assignLead = async (userId: string) => {
    try {
      await assign({ variables: { teamId, userId } });
      setPicked(null);
    } catch (error) {
      failed(error);
    }
  };
  const removeLead = async (lead: Lead) => {
    const ok = await confirmAction({ title: t('leads.removeTitle', { name: lead.name }), body: t('leads.removeBody'), confirmLabel: t('leads.remove'), danger: true });
    if (!ok) return;
    try {
      await remove({ variables: { teamId, userId: lead.id } });
    } catch (error) {
      failed(error);
    }
  };

  const leading = new Set(leads.map((l) => l.id));
  const candidates = (options.data?.users ?? []).filter((u) => !leading.has(u.id));
  return (
    <Stack gap="sm">
      <LeadList leads={leads} onRemove={(lead) => void removeLead(lead)} />
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label={t('leads.assign')}
          placeholder={candidates.length ? t('leads.pick') : t('leads.noCandidates')}
          data={candidates.map((u) => ({ value: u.id, label: `${u.name} · ${u.email}` }))}
          value={picked}
          onChange={setPicked}
          searchable
          disabled={!candidates.length}
          style={{ flex: '1 1 220px' }}
        />
        <Button variant="light" disabled={!picked} loading={assigning.loading} onClick={() => picked && void assignLead(picked)}>
          {t('leads.assignButton')}
        </Button>
      </Group>
      <Button variant="subtle" leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)} style={{ alignSelf: 'flex-start' }}>
        {t('leads.inviteNew')}
      </Button>
      {invitation && <InvitationLink name={invitation.user.name} url={invitation.setPasswordUrl} expiresAt={invitation.expiresAt} />}
      <Modal opened={inviting} onClose={() => setInviting(false)} title={t('leads.inviteTitle')}>
        <InviteForm
          role="TEAM_LEAD"
          organizationId={organizationId}
          onCancel={() => setInviting(false)}
          onInvited={async (next) => {
            setInviting(false);
            setInvitation(next);
            await assignLead(next.user.id);
          }}
        />
      </Modal>
    </Stack>
  );
}

/** The leads, each with a remove button when `onRemove` is given. */
export function LeadList({ leads, onRemove }: { leads: readonly Lead[]; onRemove?: (lead: Lead) => void }) {
  const { t } = useTranslation('teams');
  if (leads.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('leads.none')}
      </Text>
    );
  }
  return (
    <>
      {leads.map((lead) => (
        <Group key={lead.id} justify="space-between" wrap="nowrap">
          <div>
            <Text size="sm" fw={500}>
              {lead.name} {!lead.active && <Badge size="xs" color="orange" variant="light">{t('leads.invited')}</Badge>}
            </Text>
            <Text size="xs" c="dimmed">
              {lead.email}
            </Text>
          </div>
          {onRemove && (
            <Tooltip label={t('leads.removeLabel', { name: lead.name })}>
              <ActionIcon variant="subtle" color="red" aria-label={t('leads.removeLabel', { name: lead.name })} onClick={() => onRemove(lead)}>
                <IconUserMinus size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ))}
    </>
  );
}
