// One team: its code, college and leads (assign, remove, invite a new one), and what it shares:
// the link and QR code for a published drive.
import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TeamsTeamDocument } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { LeadList, TeamLeads } from './team-leads';
import { TeamShare } from './team-share';

export function TeamPage({ id }: { id: string }) {
  const { t } = useTranslation('teams');
  const { data, loading, error, refetch } = useQuery(TeamsTeamDocument, { variables: { id } });
  const mayChange = useMayChange();
  const team = data?.team;
  if (!team) {
    if (loading) return <Loading />;
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return <EmptyState title={t('notFound')} />;
  }
  return (
    <>
      <PageHeader
        title={team.name}
        description={
          <Group gap="xs">
            <Text span size="sm">
              {team.college?.name}
            </Text>
            <Badge variant="outline" color="gray" ff="monospace" aria-label={t('codeLabel', { code: team.code })}>
              {team.code}
            </Badge>
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder component="section" aria-labelledby="share-heading">
          <Title order={2} size="h4" id="share-heading" mb="sm">
            {t('share.title')}
          </Title>
          <TeamShare team={{ code: team.code, name: team.name, collegeName: team.college?.name }} />
        </Card>
        <Card withBorder component="section" aria-labelledby="leads-heading">
          <Title order={2} size="h4" id="leads-heading" mb="sm">
            {t('leads.title')}
          </Title>
          {mayChange ? (
            <TeamLeads teamId={team.id} organizationId={team.organization.id} leads={team.leads} />
          ) : (
            <Stack gap="sm">
              <LeadList leads={team.leads} />
            </Stack>
          )}
        </Card>
      </SimpleGrid>
    </>
  );
}
