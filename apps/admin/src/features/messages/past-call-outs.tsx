// Call-outs already sent, newest first: what was asked, of whom, how many it reached, who sent it,
// and the live tally of answers against the need, with the next wave (another city, or every
// city) a choice and a click away until it is met. Their messages are in the outbox under the purpose "Urgent call-out".
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionName } from '@life-relay/domain';
import { Link } from 'wouter';
import { MessagesCallOutsDocument, MessagesEscalateCallOutDocument, type MessagesCallOutItemFragment } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime, formatNumber } from '../../app/ui/format';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { RegionSelect } from '../../app/ui/region-select';
import { bloodTypeLabel } from './message-words';

const TALLY_POLL_MS = 10_000;

export function PastCallOuts() {
  const { t } = useTranslation('messages');
  // Answers come in by link and SMS while the organizer watches: the tally refreshes itself.
  const query = useQuery(MessagesCallOutsDocument, { pollInterval: TALLY_POLL_MS });
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
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const mayChange = useMayChange();
  const [escalate, escalation] = useMutation(MessagesEscalateCallOutDocument);
  // The next wave's city: none (every city) unless the organizer picks one.
  const [waveRegion, setWaveRegion] = useState<string | null>(null);
  const met = callOut.peopleNeeded !== null && callOut.peopleNeeded !== undefined && callOut.yesCount >= callOut.peopleNeeded;
  const nextWave = async () => {
    try {
      const { data } = await escalate({ variables: { id: callOut.id, input: { regionCode: waveRegion } } });
      const added = (data?.escalateCallOut.audienceCount ?? callOut.audienceCount) - callOut.audienceCount;
      notifications.show({ color: 'green', message: t('pastCallOuts.escalated', { count: added }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('pastCallOuts.notEscalated'), message: errorMessage(error, tc) });
    }
  };
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
          {callOut.place && (
            <Text size="sm">{callOut.neededBy ? t('pastCallOuts.where', { place: callOut.place, at: formatDateTime(callOut.neededBy, locale) }) : callOut.place}</Text>
          )}
          <Group gap="xs" data-testid="call-out-tally">
            <Text size="sm" fw={700} c={met ? 'teal.8' : undefined}>
              {callOut.peopleNeeded ? t('pastCallOuts.tally', { yes: callOut.yesCount, needed: callOut.peopleNeeded }) : t('pastCallOuts.tallyNoNeed', { yes: callOut.yesCount })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('pastCallOuts.cannot', { count: callOut.noCount })} · {t('pastCallOuts.waves', { count: callOut.waves })}
            </Text>
            {met && (
              <Badge color="teal" variant="light">
                {t('pastCallOuts.met')}
              </Badge>
            )}
          </Group>
          {callOut.regionCode && <Text size="sm">{t('pastCallOuts.region', { city: regionName(callOut.regionCode, locale) })}</Text>}
          {mayChange && !met && (
            <Group align="flex-end" gap="xs">
              <RegionSelect
                size="xs"
                w={220}
                label={t('pastCallOuts.waveRegion')}
                description={t('pastCallOuts.waveRegionHint')}
                placeholder={t('pastCallOuts.everyRegion')}
                value={waveRegion}
                onChange={setWaveRegion}
              />
              <Button size="compact-sm" variant="light" color="red" leftSection={<IconSpeakerphone size={14} aria-hidden />} loading={escalation.loading} onClick={() => void nextWave()}>
                {waveRegion ? t('pastCallOuts.escalateTo', { city: regionName(waveRegion, locale) }) : t('pastCallOuts.escalate')}
              </Button>
            </Group>
          )}
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
