// Who exactly a call-out would ask, and by which channel: asked for on demand (each look is in the
// audit log), and asked again whenever the need changes.
import { useLazyQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MessagesCallOutAudienceListDocument, type CallOutInput } from '../../generated/graphql';
import { bloodTypeLabel } from './message-words';

export function AudienceList({ input }: { input: CallOutInput }) {
  const { t } = useTranslation('messages');
  const [load, { data, loading, called, refetch }] = useLazyQuery(MessagesCallOutAudienceListDocument, { fetchPolicy: 'network-only' });
  // A list shown for another need is not this need's: ask again when it changes.
  useEffect(() => {
    if (called) void refetch({ input });
  }, [input]); // eslint-disable-line react-hooks/exhaustive-deps -- only a change of the need asks again
  if (!called || !data) {
    return (
      <Group>
        <Button variant="light" size="xs" leftSection={<IconUsers size={14} aria-hidden />} loading={loading} onClick={() => void load({ variables: { input } })}>
          {t('callOut.showAudience')}
        </Button>
      </Group>
    );
  }
  return (
    <List aria-label={t('callOut.audienceListLabel')} size="sm" spacing={2} data-testid="call-out-audience-list">
      {data.callOutAudienceList.map((person) => (
        <List.Item key={person.id}>
          <Group gap={6}>
            <Text size="sm">{person.name}</Text>
            {person.bloodType && (
              <Badge variant="outline" color="gray" size="sm">
                {bloodTypeLabel(person.bloodType)}
                {!person.bloodTypeVerified && ` (${t('callOut.selfReported')})`}
              </Badge>
            )}
            <Badge variant="light" size="sm">
              {t(person.channel === 'SMS' ? 'callOut.channel.SMS' : 'callOut.channel.EMAIL')}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
