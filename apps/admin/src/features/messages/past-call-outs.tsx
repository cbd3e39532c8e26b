// Call-outs already sent, newest first: what was asked, of whom, how many it reached, who sent it.
// Their messages are in the outbox under the purpose "Urgent call-out".
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MessagesCallOutsDocument, type MessagesCallOutItemFragment } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime, formatNumber } from '../../app/ui/format';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { bloodTypeLabel } from './message-words';

export function PastCallOuts() {
  const { t } = useTranslation('messages');
  const query = useQuery(MessagesCallOutsDocument);
  // The outbox (with the recipients' contacts) is for organizers.
  const mayChange = useMayChange();
  return (
    <Stack gap="sm" component="section" aria-labelledby="past-call-outs">
      <Group justify="space-between">
        <Title order={2} size="h4" id="past-call-outs">
          {t('pastCallOuts.title')}
        </Title>
        {mayChange && (
          <Anchor component={Link} href="/messages?purpose=CALL_OUT" size="sm">
            {t('pastCallOuts.inOutbox')}
          </Anchor>
        )}
      </Group>
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {({ callOuts }) =>
          callOuts.length === 0 ? (
            <EmptyState title={t('pastCallOuts.emptyTitle')}>{t('pastCallOuts.emptyBody')}</EmptyState>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {callOuts.map((callOut) => (
                <PastCallOut key={callOut.id} callOut={callOut} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function PastCallOut({ callOut }: { callOut: MessagesCallOutItemFragment }) {
  const { t } = useTranslation('messages');
  const [locale] = useOrganizerLocale();
  return (
    <Card withBorder padding="sm" component="li" data-testid="past-call-out">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge color="red" variant="light">
              {t(`kind.${callOut.kind}`)}
            </Badge>
            {callOut.bloodTypes.length === 0 ? (
              <Badge variant="outline" color="gray">
                {t('pastCallOuts.everyType')}
              </Badge>
            ) : (
              callOut.bloodTypes.map((type) => (
                <Badge key={type} variant="outline" color="gray">
                  {bloodTypeLabel(type)}
                </Badge>
              ))
            )}
          </Group>
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {callOut.message}
          </Text>
          <Text size="xs" c="dimmed">
            {t('pastCallOuts.sentBy', { who: callOut.sentBy, at: formatDateTime(callOut.createdAt, locale) })}
            {callOut.driveId && (
              <>
                {' · '}
                <Anchor component={Link} href={`/drives/${callOut.driveId}`} size="xs">
                  {t('pastCallOuts.drive')}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
        <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
          <Text fw={700} size="lg" data-testid="past-call-out-count">
            {formatNumber(callOut.audienceCount, locale)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('pastCallOuts.reached', { count: callOut.audienceCount })}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
