// An urgent call-out: the need (how many people, where, by when), the blood types, the city,
// an optional drive to sign up for, and the words. The organizer sees how many people it will
// reach while choosing (and, on demand, who), and sends only after a confirmation that names that
// number. Nobody in the audience: nothing to send, and why.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MessagesCallOutAudienceDocument,
  MessagesCallOutsDocument,
  MessagesSendCallOutDocument,
  type BloodType,
  type DriveKind,
} from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { confirmAction } from '../../app/ui/confirm';
import { AudienceCount, useAudienceCount } from './audience-count';
import { CALL_OUT_MESSAGE_MAX, callOutFromLink, callOutMessageError, toAudienceInput, toCallOutInput, type CallOutValues } from './call-out-input';
import { CallOutDriveSelect } from './call-out-drive-select';
import { useSearchParam } from './use-search-param';
import { AudienceList } from './audience-list';
import { RegionSelect } from '../../app/ui/region-select';
import { BLOOD_TYPES, bloodTypeLabel, DRIVE_KINDS, RHD_NEGATIVE } from './message-words';

/** Long enough to click several blood types without a count for each click. */
const AUDIENCE_DEBOUNCE_MS = 400;

export function CallOutForm() {
  const { t } = useTranslation('messages');
  const { t: tc } = useTranslation('common');
  const client = useApolloClient();
  const [sending, setSending] = useState(false);
  // A CRITICAL shortage links here with its groups already chosen.
  const [linkedTypes] = useSearchParam('bloodTypes');
  const form = useForm<CallOutValues>({
    initialValues: callOutFromLink(linkedTypes),
    validate: {
      message: (value) => {
        const problem = callOutMessageError(value);
        return problem && t(`callOut.errors.${problem}`, { max: CALL_OUT_MESSAGE_MAX });
      },
    },
  });

  const { kind, bloodTypes, regionCode, verifiedOnly } = form.values;
  const audienceInput = useMemo(() => toAudienceInput({ kind, bloodTypes, regionCode, verifiedOnly }), [kind, bloodTypes, regionCode, verifiedOnly]);
  const [debouncedInput] = useDebouncedValue(audienceInput, AUDIENCE_DEBOUNCE_MS);
  const settling = debouncedInput !== audienceInput;
  const audience = useAudienceCount(debouncedInput);
  const [send] = useMutation(MessagesSendCallOutDocument, { refetchQueries: [MessagesCallOutsDocument], awaitRefetchQueries: true });

  const submit = async (values: CallOutValues) => {
    setSending(true);
    try {
      // The count on screen may be seconds old: the confirmation names the number as of now.
      const fresh = await client.query({ query: MessagesCallOutAudienceDocument, variables: { input: toAudienceInput(values) }, fetchPolicy: 'network-only' });
      const count = fresh.data?.callOutAudience ?? 0;
      if (count === 0) return;
      const confirmed = await confirmAction({
        title: t('callOut.confirmTitle', { count }),
        body: t('callOut.confirmBody', { count, need: t(`kind.${values.kind}`) }),
        confirmLabel: t('callOut.confirmSend', { count }),
        danger: true,
      });
      if (!confirmed) return;
      const { data } = await send({ variables: { input: toCallOutInput(values) } });
      notifications.show({ color: 'green', title: t('callOut.sentTitle'), message: t('callOut.sentBody', { count: data?.sendCallOut.audienceCount ?? count }) });
      form.setFieldValue('message', '');
      form.resetDirty();
    } catch (error) {
      const fields = fieldErrors(error);
      form.setErrors(fields);
      if (Object.keys(fields).length === 0) notifications.show({ color: 'red', title: t('callOut.notSent'), message: errorMessage(error, tc) });
    } finally {
      setSending(false);
      void audience.refetch();
    }
  };

  const toggleAll = (types: readonly BloodType[]) => form.setFieldValue('bloodTypes', [...types]);
  const count = audience.count;
  const nobody = count === 0 && !settling && !audience.loading;

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('callOut.formLabel')}>
      <Stack gap="md">
        <Select
          label={t('callOut.kind')}
          description={t('callOut.kindHint')}
          data={DRIVE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          onChange={(value) => value && form.setFieldValue('kind', value as DriveKind)}
        />
        <Checkbox.Group
          label={t('callOut.bloodTypes')}
          description={t('callOut.bloodTypesHint')}
          value={bloodTypes}
          onChange={(value) => form.setFieldValue('bloodTypes', value as BloodType[])}
          error={form.errors.bloodTypes}
        >
          <Group gap="md" mt="xs">
            {BLOOD_TYPES.map((type) => (
              <Checkbox key={type} value={type} label={bloodTypeLabel(type)} />
            ))}
          </Group>
          <Group gap="xs" mt="xs">
            <Button size="compact-xs" variant="light" onClick={() => toggleAll(RHD_NEGATIVE)}>
              {t('callOut.rhdNegative')}
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={() => toggleAll([])} disabled={bloodTypes.length === 0}>
              {t('callOut.everyType')}
            </Button>
          </Group>
        </Checkbox.Group>
        <Fieldset legend={t('callOut.needTitle')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput label={t('callOut.peopleNeeded')} description={t('callOut.peopleNeededHint')} min={1} max={10000} allowDecimal={false} {...form.getInputProps('peopleNeeded')} />
            <TextInput label={t('callOut.neededBy')} type="datetime-local" {...form.getInputProps('neededBy')} />
            <TextInput label={t('callOut.place')} maxLength={200} {...form.getInputProps('place')} />
            <RegionSelect label={t('callOut.region')} description={t('callOut.regionHint')} placeholder={t('callOut.everyRegion')} {...form.getInputProps('regionCode')} />
          </SimpleGrid>
          <Checkbox mt="sm" label={t('callOut.verifiedOnly')} description={t('callOut.verifiedOnlyHint')} {...form.getInputProps('verifiedOnly', { type: 'checkbox' })} />
        </Fieldset>
        <CallOutDriveSelect
          value={form.values.driveId}
          error={form.errors.driveId}
          onChange={(driveId, driveKind) => {
            form.setFieldValue('driveId', driveId);
            // A call-out links to a drive of the same need.
            if (driveKind) form.setFieldValue('kind', driveKind);
          }}
        />
        <Textarea
          label={t('callOut.message')}
          description={t('callOut.messageHint', { max: CALL_OUT_MESSAGE_MAX })}
          placeholder={t('callOut.messagePlaceholder')}
          autosize
          minRows={4}
          maxRows={12}
          required
          {...form.getInputProps('message')}
        />
        <AudienceCount count={count} counting={settling || audience.loading} error={audience.error} onRetry={() => void audience.refetch()} />
        {!!count && !settling && <AudienceList input={debouncedInput} />}
        <Group justify="flex-end">
          <Button type="submit" color="red" leftSection={<IconSend size={16} aria-hidden />} loading={sending} disabled={nobody || count === null}>
            {count ? t('callOut.send', { count }) : t('callOut.sendNobody')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
