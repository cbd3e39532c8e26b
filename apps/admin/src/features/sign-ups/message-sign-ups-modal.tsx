// Writing to a drive's sign-ups: pick them by status, shift and team, see how many and who before
// sending, write the message in both languages (each person reads their own), and confirm with the
// number as of that moment. Each person gets it once, through the outbox.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignUpsMessageAudienceDocument, SignUpsSendMessageDocument, type SignUpStatus } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { confirmAction } from '../../app/ui/confirm';
import { formatDateTime, formatTime } from '../../app/ui/format';
import { SIGN_UP_STATUSES } from './sign-ups-filters';

const SUBJECT_MAX = 200;
const BODY_MAX = 2000;

interface MessageSignUpsModalProps {
  opened: boolean;
  onClose: () => void;
  drive: { id: string; timeZone: string; shifts: { id: string; startsAt: string; endsAt: string }[] };
  teams: { id: string; name: string }[];
}

interface Values {
  statuses: string[];
  shiftIds: string[];
  teamIds: string[];
  enSubject: string;
  enBody: string;
  zhSubject: string;
  zhBody: string;
}

export function MessageSignUpsModal({ opened, onClose, drive, teams }: MessageSignUpsModalProps) {
  const { t } = useTranslation('signUps');
  return (
    <Modal opened={opened} onClose={onClose} title={t('message.title')} size="xl">
      {opened && <MessageForm drive={drive} teams={teams} onClose={onClose} />}
    </Modal>
  );
}

function MessageForm({ drive, teams, onClose }: Omit<MessageSignUpsModalProps, 'opened'>) {
  const { t } = useTranslation('signUps');
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const client = useApolloClient();
  const [sending, setSending] = useState(false);
  const required = (value: string) => (value.trim() ? null : t('message.required'));
  const form = useForm<Values>({
    // Those who hold a place, by default: the usual audience of a practical word before the day.
    initialValues: { statuses: ['REGISTERED', 'WAITLISTED'], shiftIds: [], teamIds: [], enSubject: '', enBody: '', zhSubject: '', zhBody: '' },
    validate: { enSubject: required, enBody: required, zhSubject: required, zhBody: required },
  });
  const { statuses, shiftIds, teamIds } = form.values;
  const audienceInput = useMemo(() => ({ driveId: drive.id, statuses: statuses as SignUpStatus[], shiftIds, teamIds }), [drive.id, statuses, shiftIds, teamIds]);
  const [debounced] = useDebouncedValue(audienceInput, 300);
  const audience = useQuery(SignUpsMessageAudienceDocument, { variables: { input: debounced }, fetchPolicy: 'network-only' });
  const count = audience.data?.driveMessageAudience.count ?? null;
  const names = audience.data?.driveMessageAudience.names ?? [];
  const [send] = useMutation(SignUpsSendMessageDocument);

  const submit = async (values: Values) => {
    setSending(true);
    try {
      const fresh = await client.query({ query: SignUpsMessageAudienceDocument, variables: { input: audienceInput }, fetchPolicy: 'network-only' });
      const now = fresh.data?.driveMessageAudience.count ?? 0;
      if (now === 0) return;
      const confirmed = await confirmAction({ title: t('message.confirmTitle', { count: now }), body: t('message.confirmBody', { count: now }), confirmLabel: t('message.send', { count: now }), danger: true });
      if (!confirmed) return;
      const { data } = await send({
        variables: { input: { ...audienceInput, en: { subject: values.enSubject, body: values.enBody }, zhCN: { subject: values.zhSubject, body: values.zhBody } } },
      });
      notifications.show({ color: 'green', message: t('message.sent', { count: data?.sendDriveMessage.queued ?? now }) });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('message.notSent'), message: errorMessage(error, tc) });
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('message.title')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <MultiSelect
            label={t('filters.status')}
            placeholder={t('filters.any')}
            data={SIGN_UP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            {...form.getInputProps('statuses')}
          />
          <MultiSelect
            label={t('filters.shift')}
            placeholder={t('filters.any')}
            data={drive.shifts.map((s) => ({ value: s.id, label: `${formatDateTime(s.startsAt, locale, drive.timeZone)}–${formatTime(s.endsAt, locale, drive.timeZone)}` }))}
            {...form.getInputProps('shiftIds')}
          />
          <MultiSelect label={t('filters.team')} placeholder={t('filters.any')} searchable data={teams.map((team) => ({ value: team.id, label: team.name }))} {...form.getInputProps('teamIds')} />
        </SimpleGrid>
        <Alert color={count === 0 ? 'yellow' : 'blue'} aria-live="polite" data-testid="message-audience">
          {audience.error ? (
            errorMessage(audience.error, tc)
          ) : count === null ? (
            t('message.counting')
          ) : count === 0 ? (
            t('message.nobody')
          ) : (
            <>
              <Text size="sm" fw={600}>
                {t('message.audience', { count })}
              </Text>
              <Text size="sm">{names.join(', ') + (count > names.length ? ', …' : '')}</Text>
            </>
          )}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap="xs">
            <Text fw={600}>{t('message.english')}</Text>
            <TextInput label={t('message.subject')} maxLength={SUBJECT_MAX} required {...form.getInputProps('enSubject')} />
            <Textarea label={t('message.body')} autosize minRows={5} maxLength={BODY_MAX} required {...form.getInputProps('enBody')} />
          </Stack>
          <Stack gap="xs">
            <Text fw={600}>{t('message.chinese')}</Text>
            <TextInput label={t('message.subjectZh')} maxLength={SUBJECT_MAX} required {...form.getInputProps('zhSubject')} />
            <Textarea label={t('message.bodyZh')} autosize minRows={5} maxLength={BODY_MAX} required {...form.getInputProps('zhBody')} />
          </Stack>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={sending} disabled={!count}>
            {count ? t('message.send', { count }) : t('message.sendNobody')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
