// "Erase this person's data (on their request)…" in the sign-up drawer, for organizers: what goes
// and what stays, then two steps, the tick that the person asked and the button. The state and the
// request are in use-volunteer-erasure.ts; this renders them.
import { Alert, Button, Checkbox, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVolunteerErasure } from './use-volunteer-erasure';

const GOES = ['goesIdentity', 'goesHealth', 'goesTexts', 'goesMessages'] as const;

export function EraseVolunteerSection({ volunteerId, onErased }: { volunteerId: string; onErased: () => void }) {
  const { t } = useTranslation('signUps');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        color="red"
        size="compact-sm"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={panelId}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('erase.open')}
      </Button>
      <div id={panelId} hidden={!open}>
        {open && <EraseForm volunteerId={volunteerId} onErased={onErased} />}
      </div>
    </Stack>
  );
}

function EraseForm({ volunteerId, onErased }: { volunteerId: string; onErased: () => void }) {
  const { t } = useTranslation('signUps');
  const erasure = useVolunteerErasure(volunteerId, onErased);
  const goesId = useId();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('erase.explain')}
      </Text>
      <div>
        <Text size="sm" fw={600} id={goesId}>
          {t('erase.goesTitle')}
        </Text>
        <List size="sm" aria-labelledby={goesId}>
          {GOES.map((key) => (
            <List.Item key={key}>{t(`erase.${key}`)}</List.Item>
          ))}
        </List>
      </div>
      <div>
        <Text size="sm" fw={600}>
          {t('erase.staysTitle')}
        </Text>
        <Text size="sm">
          {t('erase.stays')}
        </Text>
      </div>
      <Checkbox label={t('erase.asked')} checked={erasure.asked} onChange={(event) => erasure.setAsked(event.currentTarget.checked)} />
      {erasure.problem && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
          {erasure.problem}
        </Alert>
      )}
      <Button
        color="red"
        leftSection={<IconTrash size={16} />}
        disabled={!erasure.asked}
        loading={erasure.erasing}
        onClick={() => void erasure.erase()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('erase.button')}
      </Button>
    </Stack>
  );
}
