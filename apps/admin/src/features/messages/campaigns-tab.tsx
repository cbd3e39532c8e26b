// Campaigns: the umbrellas over several drives (a season, a registry week) with their own goals.
// Drives join a campaign from their own form; here they are listed, created and renamed.
import { useQuery } from '@apollo/client/react';
import { Button, Group, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MessagesCampaignsDocument, type MessagesCampaignItemFragment } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber } from '../../app/ui/format';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { CampaignFormModal } from './campaign-form-modal';

export function CampaignsTab() {
  const { t } = useTranslation('messages');
  const query = useQuery(MessagesCampaignsDocument);
  // undefined: closed; null: a new campaign.
  const [editing, setEditing] = useState<MessagesCampaignItemFragment | null | undefined>(undefined);
  const mayChange = useMayChange();

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          {t('campaigns.description')}
        </Text>
        {mayChange && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
            {t('campaigns.new')}
          </Button>
        )}
      </Group>
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {({ campaigns }) =>
          campaigns.length === 0 ? (
            <EmptyState title={t('campaigns.emptyTitle')}>{t('campaigns.emptyBody')}</EmptyState>
          ) : (
            <CampaignsTable campaigns={campaigns} onEdit={mayChange ? setEditing : null} />
          )
        }
      </QueryState>
      {editing !== undefined && <CampaignFormModal campaign={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

function GoalCell({ value, goal }: { value: number; goal: number | null }) {
  const { t } = useTranslation('messages');
  const [locale] = useOrganizerLocale();
  if (!goal) return <Text size="sm">{formatNumber(value, locale)}</Text>;
  return (
    <Stack gap={4} miw={120}>
      <Text size="sm">{t('campaigns.ofGoal', { value: formatNumber(value, locale), goal: formatNumber(goal, locale) })}</Text>
      <Progress value={Math.min(100, (value / goal) * 100)} size="sm" aria-hidden />
    </Stack>
  );
}

/** onEdit: null for a viewer. */
function CampaignsTable({ campaigns, onEdit }: { campaigns: MessagesCampaignItemFragment[]; onEdit: ((c: MessagesCampaignItemFragment) => void) | null }) {
  const { t } = useTranslation('messages');
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.columns.name')}</Table.Th>
            <Table.Th>{t('campaigns.columns.drives')}</Table.Th>
            <Table.Th>{t('campaigns.columns.signUps')}</Table.Th>
            <Table.Th>{t('campaigns.columns.donated')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('campaigns.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((campaign) => (
            <Table.Tr key={campaign.id}>
              <Table.Td>
                <Text fw={500} component={Link} href={`/campaigns/${campaign.id}`} c="blue">
                  {campaign.name}
                </Text>
                {campaign.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {campaign.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {campaign.drives.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('campaigns.noDrives')}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {campaign.drives.map((drive) => (
                      <Text key={drive.id} size="sm" component={Link} href={`/drives/${drive.id}`} c="blue">
                        {drive.title}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <GoalCell value={campaign.stats.signUps} goal={campaign.signUpGoal} />
              </Table.Td>
              <Table.Td>
                <GoalCell value={campaign.stats.donated} goal={campaign.donationGoal} />
              </Table.Td>
              <Table.Td>
                {onEdit && (
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => onEdit(campaign)}
                    aria-label={t('campaigns.editNamed', { name: campaign.name })}
                  >
                    {t('campaigns.edit')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
