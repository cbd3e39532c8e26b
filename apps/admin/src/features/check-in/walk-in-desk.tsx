// The desk's way in for someone who came without signing up: a "Walk-in" button opening the form,
// and, once they are registered (or found signed up already), their card, ready for the next step.
import { useFragment } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInSignUpFragmentDoc, type CheckInSignUpFragment, type DriveKind } from '../../generated/graphql';
import { CheckInCard } from './check-in-card';
import type { WalkInResult } from './use-walk-in-form';
import { WalkInForm } from './walk-in-form';

interface WalkInDeskProps {
  driveId: string;
  drive: { kind: DriveKind; minAge: number | null; maxAge: number | null; timeZone: string; status: string };
  day: string;
}

export function WalkInDesk({ driveId, drive, day }: WalkInDeskProps) {
  const { t } = useTranslation('checkIn');
  const [opened, setOpened] = useState(false);
  const [result, setResult] = useState<WalkInResult | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);

  // The card takes focus as it opens: the next tap (donated, deferred) is right there.
  useEffect(() => {
    if (result) cardRef.current?.focus();
  }, [result]);

  const registered = (walkIn: WalkInResult) => {
    setOpened(false);
    setResult(walkIn);
    const name = walkIn.signUp.volunteer.name;
    notifications.show({ color: walkIn.duplicate ? 'yellow' : 'blue', message: t(walkIn.duplicate ? 'walkIn.duplicate' : 'walkIn.done', { name }) });
  };

  // A walk-in is for a published drive: a draft takes nobody yet, a closed one nobody any more.
  if (drive.status !== 'PUBLISHED') return null;

  return (
    <Stack gap="sm" mb="md">
      <Group justify="flex-end">
        <Button size="lg" variant="light" leftSection={<IconUserPlus size={22} aria-hidden />} onClick={() => setOpened(true)}>
          {t('walkIn.open')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('walkIn.title')} size="lg">
        {opened && <WalkInForm driveId={driveId} drive={drive} onRegistered={registered} onCancel={() => setOpened(false)} />}
      </Modal>
      {result && (
        <Stack gap="xs" aria-live="polite">
          {result.duplicate && <Alert color="yellow">{t('walkIn.duplicateNote', { name: result.signUp.volunteer.name })}</Alert>}
          {result.placeAdded && <Alert color="blue">{t('walkIn.placeAdded')}</Alert>}
          <WalkInCard ref={cardRef} signUp={result.signUp} drive={drive} day={day} />
          <Group justify="flex-end">
            <Button variant="subtle" color="gray" onClick={() => setResult(null)}>
              {t('walkIn.dismiss')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** The walk-in's card, kept up to date from the cache as the desk checks in and records outcomes on it. */
const WalkInCard = forwardRef<HTMLDivElement, { signUp: CheckInSignUpFragment } & Pick<WalkInDeskProps, 'drive' | 'day'>>(function WalkInCard({ signUp, drive, day }, ref) {
  const live = useFragment({ fragment: CheckInSignUpFragmentDoc, fragmentName: 'CheckInSignUp', from: { __typename: 'SignUp', id: signUp.id } });
  return <CheckInCard ref={ref} signUp={live.complete ? live.data : signUp} drive={drive} day={day} />;
});
