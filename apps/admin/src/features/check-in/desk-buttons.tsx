// The buttons for one sign-up: check in, donated, deferred, no-show, as its status allows. Used
// large at the desk and small in the sign-ups drawer. No-show and corrections ask first.
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconClockPause, IconDna2, IconDroplet, IconUserOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriveKind, SignUpStatus } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { confirmAction } from '../../app/ui/confirm';
import { useSession } from '../../app/auth/use-session';
import { allowedDeskActions, DEFAULT_VOLUME_ML, deskAction, deskWord, offersOutsideDriveDays, type DeskAction } from './desk-actions';
import { OutcomeModal, type OutcomeTarget } from './outcome-modal';
import { deskTap } from './offline/desk-sync';
import { useTapNotice } from './offline/use-tap-notice';

export interface DeskSignUp {
  id: string;
  status: SignUpStatus;
  volumeMl: number | null;
  deferralReason: string | null;
  retryOn: string | null;
  /** At a registry drive: the sample id recorded with "joined". */
  sampleId?: string | null;
  /** At a registry drive: the day they joined the organization's registry elsewhere; "joined" is not offered again. */
  alreadyInRegistrySince?: string | null;
  volunteer: { name: string };
}

interface DeskButtonsProps {
  signUp: DeskSignUp;
  driveKind: DriveKind;
  /** YYYY-MM-DD, the drive's day in its zone. */
  day: string;
  large?: boolean;
}

const ICONS: Record<DeskAction, ReactNode> = {
  CHECKED_IN: <IconCheck size={20} />,
  DONATED: <IconDroplet size={20} />,
  DEFERRED: <IconClockPause size={20} />,
  NO_SHOW: <IconUserOff size={20} />,
};
const COLORS: Record<DeskAction, string> = { CHECKED_IN: 'blue', DONATED: 'teal', DEFERRED: 'orange', NO_SHOW: 'gray' };

export function DeskButtons({ signUp, driveKind, day, large = false }: DeskButtonsProps) {
  const { t } = useTranslation('checkIn');
  const { t: tc } = useTranslation('common');
  const [outcome, setOutcome] = useState<OutcomeTarget | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  // Every tap goes through the offline desk's queue (offline/desk-sync.ts): sent at once when it can be.
  const client = useApolloClient();
  const [busy, setBusy] = useState<DeskAction | null>(null);
  const name = signUp.volunteer.name;
  const actions = allowedDeskActions(signUp.status, { alreadyInRegistry: !!signUp.alreadyInRegistrySince });
  const registry = driveKind === 'STEM_CELL_REGISTRY';
  const word = <K extends string>(key: K) => deskWord(driveKind, key);
  const role = useSession()?.role;
  const queued = useTapNotice();

  const done = (action: DeskAction, sent: 'sent' | 'queued' = 'sent') =>
    sent === 'queued' ? queued(name, action) : notifications.show({ color: COLORS[action], message: t(word(`done.${action}`), { name }) });
  const tap = async (action: 'CHECKED_IN' | 'NO_SHOW', outsideDriveDays = false) => {
    setBusy(action);
    try {
      const outcome = action === 'NO_SHOW' ? { status: 'NO_SHOW' as const, ...(outsideDriveDays ? { outsideDriveDays: true } : {}) } : null;
      done(action, await deskTap(client, { signUpId: signUp.id, name, seenStatus: signUp.status, action, outcome }));
    } finally {
      setBusy(null);
    }
  };

  async function run(action: DeskAction) {
    const correction = deskAction(signUp.status, action)?.correction ?? false;
    setProblem(null);
    if (action === 'DONATED' || action === 'DEFERRED') {
      setOutcome({
        signUpId: signUp.id,
        name,
        seenStatus: signUp.status,
        status: action,
        correction,
        driveKind,
        volumeMl: signUp.volumeMl ?? (driveKind === 'STEM_CELL_REGISTRY' ? 0 : DEFAULT_VOLUME_ML[driveKind]),
        sampleId: signUp.sampleId ?? '',
        deferralReason: signUp.deferralReason ?? '',
        retryOn: signUp.retryOn,
        day,
      });
      return;
    }
    if (correction || action === 'NO_SHOW') {
      const ok = await confirmAction({
        title: t(`confirm.${action}.title`, { name }),
        body: t(correction ? 'confirm.correctionBody' : `confirm.${action}.body`, { name, from: t(word(`statusName.${signUp.status}`)), to: t(word(`statusName.${action}`)) }),
        confirmLabel: t(word(`actions.${action}`)),
        danger: action === 'NO_SHOW',
      });
      if (!ok) return;
    }
    try {
      await tap(action);
    } catch (e) {
      if (action === 'NO_SHOW' && offersOutsideDriveDays(role, e)) {
        // Not one of the drive's days: an organizer may record it anyway, on purpose.
        const anyway = await confirmAction({
          title: t('outcome.outsideDriveDays.confirmTitle'),
          body: t('outcome.outsideDriveDays.confirmBody', { message: errorMessage(e, tc) }),
          confirmLabel: t('outcome.outsideDriveDays.confirmLabel'),
          danger: true,
        });
        if (!anyway) return;
        try {
          await tap('NO_SHOW', true);
        } catch (again) {
          setProblem(again);
        }
        return;
      }
      setProblem(e);
    }
  }

  return (
    <>
      {actions.length > 0 && (
        <Group gap="sm" wrap="wrap">
          {actions.map((action) => {
            const label = t(word(actionLabel(signUp.status, action)));
            return (
              <Button
                key={action}
                size={large ? 'lg' : 'sm'}
                mih={large ? 48 : undefined}
                color={COLORS[action]}
                variant={action === primaryAction(signUp.status) ? 'filled' : 'light'}
                leftSection={registry && action === 'DONATED' ? <IconDna2 size={20} /> : ICONS[action]}
                loading={busy === action}
                onClick={() => void run(action)}
                aria-label={`${label} · ${name}`}
              >
                {label}
              </Button>
            );
          })}
        </Group>
      )}
      {problem !== null && (
        <Alert color="red" role="alert" mt="sm" withCloseButton onClose={() => setProblem(null)} closeButtonLabel={tc('actions.close')}>
          {errorMessage(problem, tc)}
        </Alert>
      )}
      <OutcomeModal target={outcome} large={large} onClose={() => setOutcome(null)} onRecorded={(_, status, sent) => done(status, sent)} />
    </>
  );
}

/** "Check in", "Change to no show", or "Edit the donation" when the same outcome is recorded again. */
function actionLabel(from: SignUpStatus, action: DeskAction) {
  if (from === 'DONATED' && action === 'DONATED') return 'actions.edit.DONATED' as const;
  if (from === 'DEFERRED' && action === 'DEFERRED') return 'actions.edit.DEFERRED' as const;
  return deskAction(from, action)?.correction ? (`actions.correct.${action}` as const) : (`actions.${action}` as const);
}

/** The next thing the desk usually does: check a registered person in, then record a donation. */
function primaryAction(status: SignUpStatus): DeskAction | null {
  if (status === 'REGISTERED') return 'CHECKED_IN';
  if (status === 'CHECKED_IN') return 'DONATED';
  return null;
}
