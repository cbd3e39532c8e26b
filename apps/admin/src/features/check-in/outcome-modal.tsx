// The details of an outcome: the volume given (at a stem-cell registry drive: the sample id, no
// volume), or why the screening deferred the person and when they may try again. Field errors from the API land next to their fields.
import { useApolloClient } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriveKind, SignUpStatus } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { useSession } from '../../app/auth/use-session';
import { defaultRetryOn, deskWord, offersOutsideDriveDays } from './desk-actions';
import { deskTap } from './offline/desk-sync';

export interface OutcomeTarget {
  signUpId: string;
  name: string;
  /** What the desk showed when tapped (the server refuses a queued tap if it changed since). */
  seenStatus: SignUpStatus;
  status: 'DONATED' | 'DEFERRED';
  correction: boolean;
  driveKind: DriveKind;
  volumeMl: number;
  /** At a registry drive: the sample id recorded so far, '' if none. */
  sampleId: string;
  deferralReason: string;
  /** YYYY-MM-DD, the drive's day: a retry date is proposed a month after it. */
  day: string;
  retryOn: string | null;
}

interface OutcomeModalProps {
  target: OutcomeTarget | null;
  large?: boolean;
  onClose: () => void;
  /** `queued`: kept on the tablet until the connection is back (offline/desk-sync.ts). */
  onRecorded: (name: string, status: 'DONATED' | 'DEFERRED', sent: 'sent' | 'queued') => void;
}

export function OutcomeModal({ target, large = false, onClose, onRecorded }: OutcomeModalProps) {
  const { t } = useTranslation('checkIn');
  return (
    <Modal opened={!!target} onClose={onClose} title={target ? t(deskWord(target.driveKind, `outcome.title.${target.status}`), { name: target.name }) : ''} size={large ? 'lg' : 'md'}>
      {target && <OutcomeForm key={`${target.signUpId}-${target.status}`} target={target} large={large} onClose={onClose} onRecorded={onRecorded} />}
    </Modal>
  );
}

interface FormValues {
  volumeMl: number | string;
  sampleId: string;
  deferralReason: string;
  retryOn: string;
}

function OutcomeForm({ target, large, onClose, onRecorded }: { target: OutcomeTarget; large: boolean } & Pick<OutcomeModalProps, 'onClose' | 'onRecorded'>) {
  const { t } = useTranslation('checkIn');
  const { t: tc } = useTranslation('common');
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const donated = target.status === 'DONATED';
  // A registry drive takes a sample, never a volume (the API refuses one there).
  const registry = target.driveKind === 'STEM_CELL_REGISTRY';
  const word = <K extends string>(key: K) => deskWord(target.driveKind, key);
  const role = useSession()?.role;
  // Refused for not being on the drive's days: an organizer may tick that it is on purpose and send again.
  const [outsideOffered, setOutsideOffered] = useState(false);
  const [outsideDriveDays, setOutsideDriveDays] = useState(false);
  const form = useForm<FormValues>({
    initialValues: {
      volumeMl: target.volumeMl,
      sampleId: target.sampleId,
      deferralReason: target.deferralReason,
      retryOn: target.retryOn ?? defaultRetryOn(target.day),
    },
    validate: {
      volumeMl: (v) => (donated && !registry && !(Number(v) > 0) ? t('outcome.volumeRequired') : null),
      deferralReason: (v) => (!donated && !v.trim() ? t('outcome.reasonRequired') : null),
    },
  });
  const size = large ? 'lg' : 'md';

  const submit = form.onSubmit(async (values) => {
    setLoading(true);
    setError(null);
    try {
      const sent = await deskTap(client, {
        signUpId: target.signUpId,
        name: target.name,
        seenStatus: target.seenStatus,
        action: target.status,
        outcome: {
          ...(donated && registry
            ? { status: 'DONATED' as const, sampleId: values.sampleId.trim() || null }
            : donated
            ? { status: 'DONATED' as const, volumeMl: Number(values.volumeMl) }
            : { status: 'DEFERRED' as const, deferralReason: values.deferralReason.trim(), retryOn: values.retryOn || null }),
          ...(outsideDriveDays ? { outsideDriveDays: true } : {}),
        },
      });
      onRecorded(target.name, target.status, sent);
      onClose();
    } catch (e) {
      setError(e);
      form.setErrors(fieldErrors(e));
      if (offersOutsideDriveDays(role, e)) setOutsideOffered(true);
    } finally {
      setLoading(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {target.correction && (
          <Text size="sm" c="orange.8">
            {t('outcome.correctionNote')}
          </Text>
        )}
        {donated && registry ? (
          <TextInput label={t('outcome.sampleId')} description={t('outcome.sampleIdHint')} size={size} autoComplete="off" data-autofocus {...form.getInputProps('sampleId')} />
        ) : donated ? (
          <NumberInput
            label={t('outcome.volume')}
            description={t('outcome.volumeHint')}
            suffix=" ml"
            min={1}
            max={1000}
            step={50}
            allowDecimal={false}
            size={size}
            data-autofocus
            {...form.getInputProps('volumeMl')}
          />
        ) : (
          <>
            <TextInput label={t('outcome.reason')} description={t(word('outcome.reasonHint'))} size={size} required data-autofocus {...form.getInputProps('deferralReason')} />
            <TextInput type="date" label={t('outcome.retryOn')} description={t('outcome.retryOnHint')} size={size} {...form.getInputProps('retryOn')} />
          </>
        )}
        {error !== null && !Object.keys(fieldErrors(error)).length && (
          <Text c="red" size="sm" role="alert">
            {errorMessage(error, tc)}
          </Text>
        )}
        {outsideOffered && (
          <Checkbox
            label={t('outcome.outsideDriveDays.anyway')}
            checked={outsideDriveDays}
            onChange={(e) => setOutsideDriveDays(e.currentTarget.checked)}
            size={size}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" size={size} onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" size={size} loading={loading} color={donated ? 'teal' : 'orange'}>
            {t(word(`outcome.submit.${target.status}`))}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
